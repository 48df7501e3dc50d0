using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// Draws layout output into one bitmap per page at a chosen resolution, with the same font files the PDF embeds
/// (so text lands where the PDF puts it). The whole media box is drawn: print variants show bleed and marks.
/// Structure, links and bookmarks have no pixels and are ignored.
/// </summary>
/// <param name="finished">Streaming: when set, a page is handed over (then freed) as soon as a later page begins,
/// so only one page bitmap is held at a time. Only for layouts that draw each page once, in order.</param>
/// <param name="memory">The budget page bitmaps are taken from (<see cref="PreviewMemory.Shared"/> by default).</param>
public sealed class SkiaSurface(double dpi, Action<int, SKBitmap>? finished = null, PreviewMemory? memory = null) : IDrawingSurface, IDisposable
{
    private readonly List<HeldBitmap?> pages = [];
    private readonly Dictionary<string, SKTypeface> typefaces = [];
    private readonly Dictionary<ImageData, SKBitmap?> images = [];
    private SKCanvas? canvas;

    public double Dpi => dpi;

    /// <summary>The page bitmaps (not in streaming mode, where finished pages are handed over and freed).</summary>
    public IReadOnlyList<SKBitmap> Pages => finished is null ? pages.Select(p => p!.Bitmap).ToList() : throw new InvalidOperationException("pages are streamed");

    /// <summary>Pixels for a length in points: rounded up, as pdftoppm sizes its pages.</summary>
    public static int Pixels(double points, double dpi) => (int)Math.Ceiling(points * dpi / 72 - 1e-6);

    public void BeginPage(PageGeometry geometry, int pageNumber)
    {
        canvas?.Dispose();
        canvas = null;
        if (finished is not null)
        {
            if (pageNumber <= pages.Count && pages[pageNumber - 1] is null)
            {
                throw new InvalidOperationException($"page {pageNumber} was already streamed; this layout revisits pages");
            }

            Finish(pageNumber - 1);
        }

        if (pageNumber > pages.Count)
        {
            pages.Add((memory ?? PreviewMemory.Shared).Allocate(Pixels(geometry.Media.Width, dpi), Pixels(geometry.Media.Height, dpi)));
        }

        canvas = new SKCanvas(pages[pageNumber - 1]!.Bitmap);
        canvas.Scale((float)(dpi / 72));
    }

    public void EndPage() => canvas?.Flush();

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text)
    {
        if (!typefaces.TryGetValue(face.Key, out var typeface))
        {
            using var data = SKData.CreateCopy(face.Data);
            typeface = SKTypeface.FromData(data) ?? SKTypeface.Default;
            typefaces[face.Key] = typeface;
        }

        // No hinting or subpixel tricks: glyphs sit at the layout's unhinted advances, like the PDF.
        using var font = new SKFont(typeface, (float)size) { Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias, Subpixel = true, LinearMetrics = true };
        using var paint = Paint(colour);
        Canvas.DrawText(text, (float)x, (float)baseline, SKTextAlign.Left, font, paint);
    }

    public void FillRect(Rect rect, Rgb colour)
    {
        using var paint = Paint(colour);
        Canvas.DrawRect(new SKRect((float)rect.X, (float)rect.Y, (float)rect.Right, (float)rect.Bottom), paint);
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width)
    {
        using var paint = Paint(colour);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)width;
        Canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void DrawPath(PathGeometry path, PathPaint paint)
    {
        using var b = new SKPathBuilder { FillType = paint.EvenOdd ? SKPathFillType.EvenOdd : SKPathFillType.Winding };
        foreach (var c in path.Commands)
        {
            switch (c.Verb)
            {
                case PathVerb.Move: b.MoveTo((float)c.X, (float)c.Y); break;
                case PathVerb.Line: b.LineTo((float)c.X, (float)c.Y); break;
                case PathVerb.Cubic: b.CubicTo((float)c.X1, (float)c.Y1, (float)c.X2, (float)c.Y2, (float)c.X, (float)c.Y); break;
                case PathVerb.Close: b.Close(); break;
            }
        }

        using var p = b.Detach();
        if (paint.Fill is { } fill)
        {
            using var f = Paint(fill);
            Canvas.DrawPath(p, f);
        }

        if (paint.Stroke is { } stroke)
        {
            using var s = Paint(stroke);
            s.Style = SKPaintStyle.Stroke;
            s.StrokeWidth = (float)paint.StrokeWidth;
            s.StrokeCap = paint.Cap switch { LineCap.Round => SKStrokeCap.Round, LineCap.Square => SKStrokeCap.Square, _ => SKStrokeCap.Butt };
            Canvas.DrawPath(p, s);
        }
    }

    public void DrawImage(ImageData image, Rect rect)
    {
        if (!images.TryGetValue(image, out var bitmap))
        {
            bitmap = SKBitmap.Decode(image.Bytes);
            images[image] = bitmap;
        }

        if (bitmap is not null)
        {
            using var img = SKImage.FromBitmap(bitmap);
            Canvas.DrawImage(img, new SKRect((float)rect.X, (float)rect.Y, (float)rect.Right, (float)rect.Bottom), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
    }

    public void BeginStructure(StructureNode node, Rect bounds)
    {
    }

    public void EndStructure(StructureNode node)
    {
    }

    public void BeginArtifact()
    {
    }

    public void EndArtifact()
    {
    }

    public void BeginLink(Rect rect, string url, string altText)
    {
    }

    public void EndLink()
    {
    }

    public void AddBookmark(int level, string title, double y)
    {
    }

    /// <summary>Streaming: hands over every page still held below <paramref name="before"/> (all pages by default).</summary>
    public void Finish(int before = int.MaxValue)
    {
        canvas?.Dispose();
        canvas = null;
        for (var i = 0; i < Math.Min(before, pages.Count); i++)
        {
            if (pages[i] is { } page)
            {
                finished?.Invoke(i + 1, page.Bitmap);
                page.Dispose();
                pages[i] = null;
            }
        }
    }

    public void Dispose()
    {
        canvas?.Dispose();
        foreach (var p in pages)
        {
            p?.Dispose();
        }

        foreach (var t in typefaces.Values)
        {
            t.Dispose();
        }

        foreach (var b in images.Values)
        {
            b?.Dispose();
        }
    }

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("BeginPage first");

    private static SKPaint Paint(Rgb c) => new() { Color = new SKColor(c.R, c.G, c.B), IsAntialias = true, Style = SKPaintStyle.Fill };
}
