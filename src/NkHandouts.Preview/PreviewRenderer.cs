using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>Renders a layout to PNG previews at a chosen resolution: one PNG a page and a contact sheet.</summary>
public static class PreviewRenderer
{
    public const int MinDpi = 10;
    public const int MaxDpi = 600;

    /// <param name="decorate">Wraps the surface the way the PDF's was wrapped (printer's marks), so previews match.</param>
    public static PreviewSet Render(IPageLayout layout, double dpi, Func<IDrawingSurface, IDrawingSurface>? decorate = null, FontFace? labelFace = null)
    {
        using var surface = new SkiaSurface(Math.Clamp(dpi, MinDpi, MaxDpi));
        layout.Render(decorate is null ? surface : decorate(surface));
        return FromBitmaps(surface.Pages, labelFace);
    }

    /// <summary>Draws a layout and hands the page bitmaps to <paramref name="use"/> (e.g. to impose them) before they are freed.</summary>
    public static T WithBitmaps<T>(IPageLayout layout, double dpi, Func<IDrawingSurface, IDrawingSurface>? decorate, Func<IReadOnlyList<SKBitmap>, T> use)
    {
        using var surface = new SkiaSurface(Math.Clamp(dpi, MinDpi, MaxDpi));
        layout.Render(decorate is null ? surface : decorate(surface));
        return use(surface.Pages);
    }

    public static PreviewSet FromBitmaps(IReadOnlyList<SKBitmap> pages, FontFace? labelFace = null) =>
        new([.. pages.Select((p, i) => new PagePreview(i + 1, p.Width, p.Height, Png.Encode(p)))], ContactSheet.Compose(pages, labelFace));
}
