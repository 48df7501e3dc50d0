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
        if (layout is DocumentLayout)
        {
            return Streamed(layout, dpi, decorate, labelFace);
        }

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

    /// <summary>
    /// A flowing document draws each page once, in order: each page is encoded to PNG as soon as the next begins and
    /// its bitmap freed, keeping only a contact-sheet thumbnail. Memory stays at one full page (a 600 dpi A4 page is
    /// 140 MB) plus the PNGs, instead of every page's bitmap (66 pages at 600 dpi were 9.3 GB).
    /// </summary>
    private static PreviewSet Streamed(IPageLayout layout, double dpi, Func<IDrawingSurface, IDrawingSurface>? decorate, FontFace? labelFace)
    {
        var pngs = new List<PagePreview>();
        var thumbs = new List<SKBitmap>();
        try
        {
            using (var surface = new SkiaSurface(Math.Clamp(dpi, MinDpi, MaxDpi), (n, bitmap) =>
            {
                pngs.Add(new PagePreview(n, bitmap.Width, bitmap.Height, Png.Encode(bitmap)));
                if (thumbs.Count < ContactSheet.MaxPages)
                {
                    thumbs.Add(ContactSheet.Thumbnail(bitmap));
                }
            }))
            {
                layout.Render(decorate is null ? surface : decorate(surface));
                surface.Finish();
            }

            return new PreviewSet(pngs, ContactSheet.Compose(thumbs, labelFace));
        }
        finally
        {
            thumbs.ForEach(t => t.Dispose());
        }
    }

    public static PreviewSet FromBitmaps(IReadOnlyList<SKBitmap> pages, FontFace? labelFace = null) =>
        new([.. pages.Select((p, i) => new PagePreview(i + 1, p.Width, p.Height, Png.Encode(p)))], ContactSheet.Compose(pages, labelFace));
}
