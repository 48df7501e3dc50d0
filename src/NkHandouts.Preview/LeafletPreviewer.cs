using NkHandouts.Layout;
using NkHandouts.Leaflet;

namespace NkHandouts.Preview;

/// <summary>The previews of a leaflet: its pages drawn with Skia, or for an imposed booklet its sheets, each side
/// drawn from the layout with its two pages where the imposer puts them. Either way one page or sheet bitmap is held
/// at a time, taken from <paramref name="memory"/>.</summary>
/// <param name="memory">The bitmap budget its renders share (<see cref="PreviewMemory.Shared"/> by default).</param>
public sealed class LeafletPreviewer(PreviewMemory? memory = null) : ILeafletPreviewer
{
    public byte[]? Render(IPageLayout layout, int dpi, Func<IDrawingSurface, IDrawingSurface>? marks, FontFace labelFace, (double Width, double Height)? sheet, Action<int, byte[]> page, bool contactSheet = true) =>
        sheet is { } s
            ? SheetPreview.Stream(layout, dpi, marks, s.Width, s.Height, p => page(p.Number, p.Png), labelFace, contactSheet, memory)
            : PreviewRenderer.Stream(layout, dpi, p => page(p.Number, p.Png), marks, labelFace, contactSheet, memory);
}
