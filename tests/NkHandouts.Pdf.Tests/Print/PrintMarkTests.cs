using NkHandouts.Layout;
using NkHandouts.Leaflet.Print;
using SkiaSharp;

namespace NkHandouts.Pdf.Tests.Print;

[Collection(PrintCollection.Name)]
public sealed class PrintMarkTests(PrintFixture print)
{
    private const double Mm = 72 / 25.4;
    private static readonly PageGeometry A4Print = new(595.28, 841.89, 40, 40, 40, 40, bleed: 3 * Mm, slug: 6 * Mm);

    [Fact]
    public void Crop_marks_are_eight_artifact_lines_outside_the_bleed_on_the_trim_lines()
    {
        var capture = new LineCapture();
        var marked = new MarkedSurface(capture, cropMarks: true);
        marked.BeginPage(A4Print, 1);
        marked.EndPage();
        var g = A4Print;
        Assert.Equal(8, capture.Lines.Count);
        foreach (var l in capture.Lines)
        {
            Assert.True(l.Artifact);
            Assert.True(l.Width >= 0.25, "no hairlines");
            Assert.True(OutsideBleed(g, l.X1, l.Y1, l.X2, l.Y2), $"line {l} crosses the bleed box");
            var onTrimLine = (l.X1 == l.X2 && (Near(l.X1, g.Trim.X) || Near(l.X1, g.Trim.Right))) || (l.Y1 == l.Y2 && (Near(l.Y1, g.Trim.Y) || Near(l.Y1, g.Trim.Bottom)));
            Assert.True(onTrimLine, $"line {l} is not on a trim edge");
        }
    }

    [Fact]
    public void Marks_are_drawn_once_per_page_even_when_a_page_is_begun_again()
    {
        var capture = new LineCapture();
        var marked = new MarkedSurface(capture, cropMarks: true, folds: _ => [100.0]);
        marked.BeginPage(A4Print, 1);
        marked.BeginPage(A4Print, 1);
        Assert.Equal(8 + 6, capture.Lines.Count);
    }

    [Fact]
    public void Fold_marks_are_dashes_above_and_below_the_bleed_at_each_fold()
    {
        var capture = new LineCapture();
        PrintMarks.DrawFoldMarks(capture, A4Print, [97 * Mm, 197 * Mm]);
        Assert.Equal(12, capture.Lines.Count); // 2 folds × (3 dashes above + 3 below)
        Assert.All(capture.Lines, l => Assert.True(OutsideBleed(A4Print, l.X1, l.Y1, l.X2, l.Y2)));
        Assert.Equal(
            [A4Print.Trim.X + 97 * Mm, A4Print.Trim.X + 197 * Mm],
            capture.Lines.Select(l => Math.Round(l.X1, 3)).Distinct().Order().ToArray(),
            (a, b) => Math.Abs(a - b) < 0.01);
    }

    [Fact]
    public void Screen_variants_carry_no_marks_and_print_variants_do_in_the_rendered_page()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        foreach (var (template, size) in new[] { ("patient-leaflet", "a4"), ("trifold-leaflet", "a4"), ("booklet-a5", "a5") })
        {
            // Top-left corner of the media, where the horizontal crop mark runs along the top trim line.
            var printed = print.Get(template, size + ".print");
            using var bitmap = SKBitmap.Decode(print.PopplerPages(printed)[0]);
            var px = 72.0 / PrintFixture.Dpi;
            var trimTop = (int)Math.Round(9 * Mm / px);
            var darkInSlug = Enumerable.Range(0, (int)(5 * Mm / px)).Count(x => Dark(bitmap, x, trimTop) || Dark(bitmap, x, trimTop - 1) || Dark(bitmap, x, trimTop + 1));
            Assert.True(darkInSlug >= 4, $"{template}: no crop mark along the top trim line");

            var screen = print.Get(template, size);
            using var plain = SKBitmap.Decode(print.PopplerPages(screen)[0]);
            Assert.Equal(SkiaSharp.SKColors.White, plain.GetPixel(plain.Width - 1, plain.Height - 1));
        }
    }

    private static bool Dark(SKBitmap b, int x, int y) => b.GetPixel(x, y) is var c && c.Red + c.Green + c.Blue < 3 * 220;

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.01;

    private static bool OutsideBleed(PageGeometry g, double x1, double y1, double x2, double y2)
    {
        var b = g.Bleed;
        var left = Math.Max(x1, x2) < b.X;
        var right = Math.Min(x1, x2) > b.Right;
        var above = Math.Max(y1, y2) < b.Y;
        var below = Math.Min(y1, y2) > b.Bottom;
        return left || right || above || below;
    }
}
