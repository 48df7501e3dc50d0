using NkHandouts.Readiness.Pages;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Measures;

/// <summary>
/// WCAG 2.2 contrast (1.4.3) of every text colour against the fill under each letter's centre: the topmost filled
/// path there, else white paper. Large text is 18 pt, or 14 pt bold.
/// </summary>
internal static class ContrastMeter
{
    public static bool IsLarge(Glyph g) => g.Size >= 18 || (g.Bold && g.Size >= 14);

    public static IReadOnlyList<ContrastPair> Pairs(PageContent page)
    {
        var pairs = new Dictionary<(Colour, Colour, bool), (int Letters, string Sample)>();
        foreach (var g in page.Glyphs)
        {
            var back = page.BackgroundAt(g.CentreX, g.CentreY);
            var key = (g.Colour, back, IsLarge(g));
            pairs[key] = pairs.TryGetValue(key, out var v) ? (v.Letters + 1, v.Sample.Length < 24 ? v.Sample + g.Text : v.Sample) : (1, g.Text);
        }

        return pairs
            .Select(p => new ContrastPair(p.Key.Item1, p.Key.Item2, Math.Round(Colour.Contrast(p.Key.Item1, p.Key.Item2), 2), p.Value.Letters, p.Key.Item3, p.Value.Sample))
            .OrderBy(p => p.Ratio).ThenBy(p => p.Text.ToString(), StringComparer.Ordinal).ThenBy(p => p.Large)
            .ToList();
    }
}
