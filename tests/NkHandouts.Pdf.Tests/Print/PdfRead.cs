using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>Measures read back from a built PDF with PdfPig — sizes, colours, lines, vector shapes — never from the
/// layout that wrote it.</summary>
internal static class PdfRead
{
    /// <summary>The size most letters on the page are set in (the body size).</summary>
    public static double BodySize(IEnumerable<Letter> letters) =>
        letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First().Key;

    public static (double R, double G, double B) Rgb(UglyToad.PdfPig.Graphics.Colors.IColor? c) =>
        c is null ? (0, 0, 0) : c.ToRGBValues();

    public static bool IsWhite(Letter l) => Rgb(l.Color) is var (r, g, b) && r > 0.95 && g > 0.95 && b > 0.95;

    public static bool IsBold(Letter l) => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>WCAG 2.2 contrast ratio of two sRGB colours (0..1 channels).</summary>
    public static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        static double Channel(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        static double Luminance((double R, double G, double B) c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    /// <summary>The smallest filled shape on the page that contains the point: the background under text there.</summary>
    public static PdfPath? FillUnder(Page page, PdfPoint p) =>
        page.Paths.Where(path => path.IsFilled && !path.IsClipping && path.GetBoundingRectangle() is { } r
                && p.X >= r.Left && p.X <= r.Right && p.Y >= r.Bottom && p.Y <= r.Top)
            .OrderBy(path => path.GetBoundingRectangle()!.Value.Area).FirstOrDefault();

    /// <summary>A shape's outline as a comparable signature: per subpath, its sequence of commands (M, L, C, Z).</summary>
    public static string Signature(PdfPath path) =>
        string.Join("|", path.Select(sub => string.Concat(sub.Commands.Select(c => c switch
        {
            PdfSubpath.Move => "M",
            PdfSubpath.Line => "L",
            PdfSubpath.CubicBezierCurve => "C",
            PdfSubpath.Close => "Z",
            _ => "?",
        }))));

    /// <summary>Vector shapes drawn just left of a word, on its line: an icon before a label.</summary>
    public static List<PdfPath> ShapesBefore(Page page, Word word)
    {
        var box = word.BoundingBox;
        var size = box.Height;
        return [.. page.Paths.Where(p => !p.IsClipping && p.GetBoundingRectangle() is { } r
            && r.Right <= box.Left + 0.5 && r.Left >= box.Left - 3 * size
            && r.Top >= box.Bottom - size * 0.5 && r.Bottom <= box.Top + size * 0.5)];
    }

    /// <summary>Lines of text: letters grouped by baseline, left to right, with the size most of them are set in.</summary>
    public static List<(double Baseline, double Size, string Text, double Left, double Right)> Lines(Page page)
    {
        var lines = new List<(double, double, string, double, double)>();
        foreach (var g in page.Letters.Where(l => l.Value.Length > 0).GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key))
        {
            var letters = g.OrderBy(l => l.StartBaseLine.X).ToList();
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < letters.Count; i++)
            {
                if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize * 0.15)
                {
                    text.Append(' ');
                }

                text.Append(letters[i].Value);
            }

            var size = letters.GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(x => x.Count()).First().Key;
            lines.Add((g.Key, size, text.ToString(), letters[0].StartBaseLine.X, letters[^1].EndBaseLine.X));
        }

        return lines;
    }
}
