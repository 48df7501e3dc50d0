using NkHandouts.Layout;
using NkHandouts.Leaflet;

namespace NkHandouts.Preview;

/// <summary>The previews of a leaflet: its pages drawn with Skia, or for an imposed booklet its sheets, placed from
/// the page bitmaps in saddle-stitch order.</summary>
/// <param name="memory">The bitmap budget its renders share (<see cref="PreviewMemory.Shared"/> by default).</param>
public sealed class LeafletPreviewer(PreviewMemory? memory = null) : ILeafletPreviewer
{
    public byte[]? Render(IPageLayout layout, int dpi, Func<IDrawingSurface, IDrawingSurface>? marks, FontFace labelFace, (double Width, double Height)? sheet, Action<int, byte[]> page, bool contactSheet = true)
    {
        if (sheet is not { } s)
        {
            return PreviewRenderer.Stream(layout, dpi, p => page(p.Number, p.Png), marks, labelFace, contactSheet, memory);
        }

        // Imposed sheets are composed from all the pages, so their page bitmaps are held (a booklet is a few sheets).
        var set = PreviewRenderer.WithBitmaps(layout, dpi, marks, pages => SheetPreview.TwoUp(pages, SaddleStitch.Order(pages.Count), s.Width, s.Height, dpi, labelFace, contactSheet, memory), memory);
        foreach (var p in set.Pages)
        {
            page(p.Number, p.Png);
        }

        return set.ContactSheet;
    }
}
