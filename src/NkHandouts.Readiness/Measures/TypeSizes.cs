using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>Body, smallest and heading sizes. Body is the size most letters are set in (a page of headings and
/// boxes is still judged by its running text).</summary>
internal static class TypeSizes
{
    /// <summary>Headings are at least this much larger than the body.</summary>
    public const double HeadingRatio = 1.12;

    public static double? Body(IEnumerable<Glyph> glyphs) =>
        glyphs.GroupBy(g => Math.Round(g.Size, 1)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (double?)g.Key).FirstOrDefault();

    public static double? Smallest(IReadOnlyList<Glyph> glyphs) => glyphs.Count == 0 ? null : Math.Round(glyphs.Min(g => g.Size), 2);

    public static IReadOnlyList<double> Headings(IEnumerable<TextLine> lines, double? documentBody) =>
        documentBody is not { } body ? [] : lines.Where(l => l.Size >= body * HeadingRatio).Select(l => Math.Round(l.Size, 1)).Distinct().OrderDescending().ToList();

    /// <summary>A line of running text: set within a quarter point of the body size.</summary>
    public static bool IsBody(TextLine line, double? body) => body is { } b && Math.Abs(line.Size - b) <= 0.25;
}
