using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>Previews of imposed sheets, composed from the reading pages' own preview bitmaps the way the
/// imposer places the pages (spine in the middle, pages centred vertically).</summary>
public static class SheetPreview
{
    public static PreviewSet TwoUp(IReadOnlyList<SKBitmap> pages, IReadOnlyList<SheetSide> sides, double sheetWidth, double sheetHeight, double dpi, FontFace? labelFace = null, bool contactSheet = true, PreviewMemory? memory = null)
    {
        var sheets = new List<HeldBitmap>();
        try
        {
            foreach (var side in sides)
            {
                var held = (memory ?? PreviewMemory.Shared).Allocate(SkiaSurface.Pixels(sheetWidth, dpi), SkiaSurface.Pixels(sheetHeight, dpi));
                sheets.Add(held);
                var sheet = held.Bitmap;
                using var canvas = new SKCanvas(sheet);
                var mid = (float)(sheetWidth / 2 * dpi / 72);
                foreach (var (number, right) in new[] { (side.Left, false), (side.Right, true) })
                {
                    if (number is { } n)
                    {
                        var p = pages[n - 1];
                        var y = (sheet.Height - p.Height) / 2f;
                        using var image = SKImage.FromBitmap(p);
                        canvas.DrawImage(image, right ? mid : mid - p.Width, y, SKSamplingOptions.Default);
                    }
                }
            }

            return PreviewRenderer.FromBitmaps([.. sheets.Select(s => s.Bitmap)], labelFace, contactSheet);
        }
        finally
        {
            foreach (var s in sheets)
            {
                s.Dispose();
            }
        }
    }
}
