using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>Previews of an imposed booklet's sheets: each side drawn on its own from the layout (see
/// <see cref="SheetSideSurface"/>), in saddle-stitch order, encoded and freed before the next.</summary>
public static class SheetPreview
{
    /// <summary>
    /// Hands each sheet side's PNG to <paramref name="side"/> (numbered from 1: sheet 1 front, back, sheet 2 …) as
    /// soon as it is encoded. Holds one sheet bitmap at a time (plus contact-sheet thumbnails): a 600 dpi A4 sheet is
    /// 139 MB, and every page and side at once was 1.2 GB for an eight-page A5 booklet. The cost is a layout pass per
    /// side (plus one to count the pages); drawing and encoding the pixels costs far more. Returns the contact sheet,
    /// or null without <paramref name="contactSheet"/>.
    /// </summary>
    public static byte[]? Stream(IPageLayout layout, double dpi, Func<IDrawingSurface, IDrawingSurface>? decorate, double sheetWidth, double sheetHeight, Action<PagePreview> side, FontFace? labelFace = null, bool contactSheet = true, PreviewMemory? memory = null)
    {
        dpi = Math.Clamp(dpi, PreviewRenderer.MinDpi, PreviewRenderer.MaxDpi);
        var counter = new PageCounter();
        layout.Render(counter);
        var thumbs = new List<SKBitmap>();
        try
        {
            var number = 0;
            foreach (var s in SaddleStitch.Order(counter.Pages))
            {
                using var sheet = (memory ?? PreviewMemory.Shared).Allocate(SkiaSurface.Pixels(sheetWidth, dpi), SkiaSurface.Pixels(sheetHeight, dpi));
                if (s.Left is not null || s.Right is not null)
                {
                    using var surface = new SheetSideSurface(dpi, sheet.Bitmap, sheetWidth, s.Left, s.Right);
                    layout.Render(decorate is null ? surface : decorate(surface));
                }

                side(new PagePreview(++number, sheet.Bitmap.Width, sheet.Bitmap.Height, Png.Encode(sheet.Bitmap)));
                if (contactSheet && thumbs.Count < ContactSheet.MaxPages)
                {
                    thumbs.Add(ContactSheet.Thumbnail(sheet.Bitmap));
                }
            }

            return contactSheet ? ContactSheet.Compose(thumbs, labelFace) : null;
        }
        finally
        {
            thumbs.ForEach(t => t.Dispose());
        }
    }

    /// <summary>Counts the reading pages a layout draws (the highest page begun).</summary>
    private sealed class PageCounter() : ForwardingSurface(new NullSurface())
    {
        public int Pages { get; private set; }

        public override void BeginPage(PageGeometry geometry, int pageNumber) => Pages = Math.Max(Pages, pageNumber);
    }
}
