using System.Globalization;
using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// All pages of a document side by side in one PNG, for pull requests and the README: thumbnails on a grey ground,
/// up to four a row, numbered underneath.
/// </summary>
public static class ContactSheet
{
    public const int Gap = 24;
    public const int MaxThumbHeight = 320;
    public const int MaxColumns = 4;

    /// <summary>A contact sheet shows at most this many pages (12 rows), so its size is bounded however long the
    /// document; the page PNGs are all written.</summary>
    public const int MaxPages = 48;

    /// <summary>A page scaled to thumbnail height (drawn by <see cref="Compose"/> at its own size).</summary>
    public static SKBitmap Thumbnail(SKBitmap page)
    {
        var scale = Math.Min(1.0, MaxThumbHeight / (double)page.Height);
        var thumb = new SKBitmap(new SKImageInfo(Math.Max(1, (int)Math.Round(page.Width * scale)), Math.Max(1, (int)Math.Round(page.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(thumb);

        // An image over the page's own pixels: SKImage.FromBitmap copies a mutable bitmap (139 MB more at 600 dpi).
        using var pixels = page.PeekPixels();
        using var image = SKImage.FromPixels(pixels);
        using var paint = new SKPaint { IsAntialias = true };
        // Mipmaps: a 600 dpi page shrinks twenty-fold, and a single cubic pass would alias the text into noise.
        canvas.DrawImage(image, SKRect.Create(thumb.Width, thumb.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Flush();
        return thumb;
    }

    public static byte[] Compose(IReadOnlyList<SKBitmap> pages, FontFace? labelFace = null)
    {
        if (pages.Count == 0)
        {
            throw new ArgumentException("no pages", nameof(pages));
        }

        pages = pages.Take(MaxPages).ToList();
        var scale = Math.Min(1.0, MaxThumbHeight / (double)pages.Max(p => p.Height));
        var cellW = (int)Math.Ceiling(pages.Max(p => p.Width) * scale);
        var cellH = (int)Math.Ceiling(pages.Max(p => p.Height) * scale);
        var label = labelFace is null ? 0 : 18;
        var columns = Math.Min(MaxColumns, pages.Count);
        var rows = (pages.Count + columns - 1) / columns;
        using var sheet = new SKBitmap(new SKImageInfo(Gap + columns * (cellW + Gap), Gap + rows * (cellH + label + Gap), SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(sheet);
        canvas.Clear(new SKColor(0xE4, 0xE6, 0xE9));
        using var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 40), IsAntialias = true };
        using var sampling = new SKPaint { IsAntialias = true };
        using var typeface = labelFace is null ? null : SKTypeface.FromData(SKData.CreateCopy(labelFace.Data));
        using var font = typeface is null ? null : new SKFont(typeface, 12) { Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
        using var ink = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        for (var i = 0; i < pages.Count; i++)
        {
            var w = (float)(pages[i].Width * scale);
            var h = (float)(pages[i].Height * scale);
            var x = Gap + i % columns * (cellW + Gap) + (cellW - w) / 2;
            var y = Gap + i / columns * (cellH + label + Gap) + (cellH - h) / 2;
            var rect = SKRect.Create(x, y, w, h);
            canvas.DrawRect(SKRect.Create(x + 2, y + 2, w, h), shadow);
            using var pixels = pages[i].PeekPixels();
            using var image = SKImage.FromPixels(pixels);
            canvas.DrawImage(image, rect, new SKSamplingOptions(SKCubicResampler.Mitchell), sampling);
            if (font is not null)
            {
                var text = (i + 1).ToString(CultureInfo.InvariantCulture);
                var tw = font.MeasureText(text);
                canvas.DrawText(text, x + (w - tw) / 2, Gap + i / columns * (cellH + label + Gap) + cellH + 14, SKTextAlign.Left, font, ink);
            }
        }

        canvas.Flush();
        return Png.Encode(sheet);
    }
}
