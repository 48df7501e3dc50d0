using NkHandouts.Layout;

namespace NkHandouts.Leaflet;

/// <summary>
/// Draws a composed leaflet as PNG previews. The PDF renderer calls it with the same layout and marks it wrote the
/// PDF from, so previews show what prints; NkHandouts.Preview implements it, and the CLI wires the two together
/// (the PDF writer does not reference the preview renderer).
/// </summary>
public interface ILeafletPreviewer
{
    /// <param name="layout">The composed pages.</param>
    /// <param name="dpi">Resolution of the PNGs.</param>
    /// <param name="marks">Wraps the drawing surface the way the PDF's was wrapped (printer's marks), or null.</param>
    /// <param name="labelFace">Face for the contact sheet's page labels.</param>
    /// <param name="sheet">For imposed output: the sheet the pages go two-up on, in saddle-stitch order; else null.</param>
    /// <param name="page">Receives each page's (or sheet's) PNG, numbered from 1, in order, as soon as it is encoded;
    /// the previewer keeps no reference to it afterwards.</param>
    /// <param name="contactSheet">Make the contact sheet too (its thumbnails and encoding cost as much as the pages).</param>
    /// <returns>The contact sheet PNG, showing the pages; null when not asked for.</returns>
    byte[]? Render(IPageLayout layout, int dpi, Func<IDrawingSurface, IDrawingSurface>? marks, FontFace labelFace, (double Width, double Height)? sheet, Action<int, byte[]> page, bool contactSheet = true);
}
