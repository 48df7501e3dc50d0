using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview.Tests;

public sealed class SkiaSurfaceTests
{
    private static readonly PageGeometry A4 = new(595.28, 841.89, 50, 50, 50, 50);
    private static readonly FontFace DejaVu = FontFace.Load(Repo.Path_("templates", "patient-leaflet", "fonts", "DejaVuSans.ttf"));

    [Theory]
    [InlineData(50, 414, 585)]
    [InlineData(72, 596, 842)]
    [InlineData(150, 1241, 1754)]
    public void Page_pixels_are_the_media_box_at_the_resolution_rounded_up(int dpi, int width, int height)
    {
        using var s = new SkiaSurface(dpi);
        s.BeginPage(A4, 1);
        s.EndPage();
        Assert.Equal((width, height), (s.Pages[0].Width, s.Pages[0].Height));
    }

    [Fact]
    public void A_rectangle_lands_at_its_point_position()
    {
        using var s = new SkiaSurface(72);
        s.BeginPage(A4, 1);
        s.FillRect(new Rect(100, 200, 50, 20), new Rgb(0, 94, 165));
        s.EndPage();
        var page = s.Pages[0];
        Assert.Equal(new SKColor(0, 94, 165), page.GetPixel(125, 210));
        Assert.Equal(SKColors.White, page.GetPixel(98, 210));
        Assert.Equal(SKColors.White, page.GetPixel(125, 222));
    }

    [Fact]
    public void Text_ink_sits_on_the_baseline_within_its_advance()
    {
        using var s = new SkiaSurface(144);
        s.BeginPage(A4, 1);
        const string text = "HHHH";
        s.DrawText(DejaVu, 20, Rgb.Black, 100, 300, text);
        s.EndPage();
        var scale = 2.0;
        var advance = text.Sum(c => DejaVu.Advance(c)) * 20;
        var (minX, maxX, minY, maxY) = InkBounds(s.Pages[0]);
        Assert.InRange(minX, 100 * scale, 100 * scale + 6);
        Assert.InRange(maxX, (100 + advance) * scale - 10, (100 + advance) * scale);
        Assert.InRange(maxY, 300 * scale - 2, 300 * scale + 1); // H sits on the baseline
        Assert.InRange(minY, (300 - 20 * 0.73) * scale - 3, (300 - 20 * 0.73) * scale + 3); // cap height ≈ 0.73 em
    }

    [Fact]
    public void A_page_begun_again_keeps_what_was_drawn()
    {
        using var s = new SkiaSurface(36);
        s.BeginPage(A4, 1);
        s.FillRect(new Rect(0, 0, 100, 100), Rgb.Black);
        s.BeginPage(A4, 2);
        s.BeginPage(A4, 1);
        s.FillRect(new Rect(200, 200, 100, 100), Rgb.Black);
        s.EndPage();
        Assert.Equal(2, s.Pages.Count);
        Assert.Equal(SKColors.Black, s.Pages[0].GetPixel(10, 10));
        Assert.Equal(SKColors.Black, s.Pages[0].GetPixel(120, 120));
        Assert.Equal(SKColors.White, s.Pages[1].GetPixel(10, 10));
    }

    [Fact]
    public void The_same_drawing_gives_the_same_png_bytes()
    {
        static byte[] Draw()
        {
            using var s = new SkiaSurface(60);
            s.BeginPage(A4, 1);
            s.DrawText(DejaVu, 12, Rgb.Black, 72, 100, "Natural killer cells: γ ≤ 5 µm");
            s.DrawPath(new PathGeometry().MoveTo(50, 50).CubicTo(80, 10, 120, 90, 150, 50).Close(), new PathPaint(new Rgb(200, 0, 0), Rgb.Black, 2, LineCap.Round));
            s.StrokeLine(10, 10, 300, 400, Rgb.Black, 0.5);
            s.EndPage();
            return PreviewRenderer.FromBitmaps(s.Pages).Pages[0].Png;
        }

        var first = Draw();
        Assert.Equal(first, Draw());
        Assert.True(first.Length > 1000);
    }

    internal static (int MinX, int MaxX, int MinY, int MaxY) InkBounds(SKBitmap b)
    {
        int minX = int.MaxValue, maxX = -1, minY = int.MaxValue, maxY = -1;
        for (var y = 0; y < b.Height; y++)
        {
            for (var x = 0; x < b.Width; x++)
            {
                var c = b.GetPixel(x, y);
                if (c.Red < 128)
                {
                    (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
                }
            }
        }

        return (minX, maxX, minY, maxY);
    }
}
