using NkHandouts.Layout;
using NkHandouts.Leaflet;

namespace NkHandouts.Preview;

/// <summary>The previews of a leaflet: its pages drawn with Skia, or for an imposed booklet its sheets, placed from
/// the page bitmaps in saddle-stitch order.</summary>
public sealed class LeafletPreviewer : ILeafletPreviewer
{
    public LeafletPreviews Render(IPageLayout layout, int dpi, Func<IDrawingSurface, IDrawingSurface>? marks, FontFace labelFace, (double Width, double Height)? sheet)
    {
        var set = sheet is { } s
            ? PreviewRenderer.WithBitmaps(layout, dpi, marks, pages => SheetPreview.TwoUp(pages, SaddleStitch.Order(pages.Count), s.Width, s.Height, dpi, labelFace))
            : PreviewRenderer.Render(layout, dpi, marks, labelFace);
        return new LeafletPreviews([.. set.Pages.Select(p => p.Png)], set.ContactSheet);
    }
}
