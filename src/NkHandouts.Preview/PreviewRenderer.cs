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
        var pages = new List<PagePreview>();
        var contactSheet = Stream(layout, dpi, pages.Add, decorate, labelFace);
        return new PreviewSet(pages, contactSheet!);
    }

    /// <summary>
    /// Pages that are drawn once each, in order (a flowing document, <see cref="DocumentLayout"/>, and a tri-fold's
    /// <see cref="FrameLayout"/>, which draws its panels sheet by sheet; a layout that goes back to a page is refused):
    /// each page is encoded to PNG as soon as the next begins, handed to <paramref name="page"/> and its bitmap freed,
    /// keeping only a contact-sheet thumbnail. Memory stays at one full page (a 600 dpi A4 page is 140 MB), never every page's
    /// bitmap (66 pages at 600 dpi were 9.3 GB) nor every PNG. Returns the contact sheet, or null without
    /// <paramref name="contactSheet"/> (then no thumbnails are made either).
    /// </summary>
    public static byte[]? Stream(IPageLayout layout, double dpi, Action<PagePreview> page, Func<IDrawingSurface, IDrawingSurface>? decorate = null, FontFace? labelFace = null, bool contactSheet = true, PreviewMemory? memory = null)
    {
        var thumbs = new List<SKBitmap>();
        try
        {
            using (var surface = new SkiaSurface(Math.Clamp(dpi, MinDpi, MaxDpi), (n, bitmap) =>
            {
                page(new PagePreview(n, bitmap.Width, bitmap.Height, Png.Encode(bitmap)));
                if (contactSheet && thumbs.Count < ContactSheet.MaxPages)
                {
                    thumbs.Add(ContactSheet.Thumbnail(bitmap));
                }
            }, memory))
            {
                layout.Render(decorate is null ? surface : decorate(surface));
                surface.Finish();
            }

            return contactSheet ? ContactSheet.Compose(thumbs, labelFace) : null;
        }
        finally
        {
            thumbs.ForEach(t => t.Dispose());
        }
    }

    /// <param name="contactSheet">Without it, <see cref="PreviewSet.ContactSheet"/> is null.</param>
    public static PreviewSet FromBitmaps(IReadOnlyList<SKBitmap> pages, FontFace? labelFace = null, bool contactSheet = true) =>
        new([.. pages.Select((p, i) => new PagePreview(i + 1, p.Width, p.Height, Png.Encode(p)))], contactSheet ? ContactSheet.Compose(pages, labelFace) : null);
}
