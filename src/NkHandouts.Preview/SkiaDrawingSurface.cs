using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// Draws layout output onto a Skia canvas at a chosen resolution, with the same font files the PDF embeds (so text
/// lands where the PDF puts it). Where the canvas is — a page's own bitmap, or a place on an imposed sheet — is the
/// subclass's business: it sets <see cref="Current"/> as pages begin. Structure, links and bookmarks have no pixels
/// and are ignored.
/// </summary>
public abstract class SkiaDrawingSurface(double dpi) : IDrawingSurface, IDisposable
{
    private readonly Dictionary<string, SKTypeface> typefaces = [];
    private readonly Dictionary<ImageData, SKBitmap?> images = [];

    public double Dpi => dpi;

    /// <summary>The canvas of the page being drawn, scaled to points; null before the first page.</summary>
    protected SKCanvas? Current { get; set; }

    /// <summary>True while the page being drawn is not shown: its drawing is dropped (a sheet side shows two pages
    /// of a booklet).</summary>
    protected bool Hidden { get; set; }

    public abstract void BeginPage(PageGeometry geometry, int pageNumber);

    public void EndPage() => Current?.Flush();

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text)
    {
        if (Hidden)
        {
            return;
        }

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
        if (Hidden)
        {
            return;
        }

        using var paint = Paint(colour);
        Canvas.DrawRect(new SKRect((float)rect.X, (float)rect.Y, (float)rect.Right, (float)rect.Bottom), paint);
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width)
    {
        if (Hidden)
        {
            return;
        }

        using var paint = Paint(colour);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = (float)width;
        Canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
    }

    public void DrawPath(PathGeometry path, PathPaint paint)
    {
        if (Hidden)
        {
            return;
        }

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
        if (Hidden)
        {
            return;
        }

        if (!images.TryGetValue(image, out var bitmap))
        {
            bitmap = SKBitmap.Decode(image.Bytes);
            bitmap?.SetImmutable(); // never drawn on: SKImage.FromBitmap then shares its pixels instead of copying them
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

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture)
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

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the canvas, fonts and decoded images; subclasses free their bitmaps first.</summary>
    protected virtual void Dispose(bool disposing)
    {
        Current?.Dispose();
        Current = null;
        foreach (var t in typefaces.Values)
        {
            t.Dispose();
        }

        foreach (var b in images.Values)
        {
            b?.Dispose();
        }
    }

    private SKCanvas Canvas => Current ?? throw new InvalidOperationException("BeginPage first");

    private static SKPaint Paint(Rgb c) => new() { Color = new SKColor(c.R, c.G, c.B), IsAntialias = true, Style = SKPaintStyle.Fill };
}
