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

    /// <summary>Running text needs this many letters on a last page before small print under it counts as a note.</summary>
    private const int MinRunningLetters = 20;

    /// <summary>
    /// The letters that decide a page's body size. On the last page, small print under its last line of running
    /// text (the closing source and attribution note every leaflet ends with) is left out: it is furniture, held to
    /// the smallest-text limit (NK502). Anywhere else, or on a last page without running text, every letter counts.
    /// </summary>
    public static IReadOnlyList<Glyph> BodyCandidates(IReadOnlyList<Glyph> glyphs, double? documentBody, bool lastPage)
    {
        if (!lastPage || documentBody is not { } b)
        {
            return glyphs;
        }

        var running = glyphs.Where(g => Math.Abs(g.Size - b) <= 0.25).ToList();
        if (running.Count < MinRunningLetters)
        {
            return glyphs;
        }

        var lowest = running.Min(g => g.BaselineY);
        return glyphs.Where(g => g.Size >= b - 0.25 || g.BaselineY >= lowest - 0.5).ToList();
    }

    public static double? Smallest(IReadOnlyList<Glyph> glyphs) => glyphs.Count == 0 ? null : Math.Round(glyphs.Min(g => g.Size), 2);

    public static IReadOnlyList<double> Headings(IEnumerable<TextLine> lines, double? documentBody) =>
        documentBody is not { } body ? [] : lines.Where(l => l.Size >= body * HeadingRatio).Select(l => Math.Round(l.Size, 1)).Distinct().OrderDescending().ToList();

    /// <summary>A line of running text: set within a quarter point of the body size.</summary>
    public static bool IsBody(TextLine line, double? body) => body is { } b && Math.Abs(line.Size - b) <= 0.25;
}
