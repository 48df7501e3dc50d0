using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>Line length, line spacing and justification of body lines.</summary>
internal static class LineMetrics
{
    /// <summary>Consecutive body lines of one paragraph: same left edge, next baseline below within 1.9 × the size.</summary>
    public static IReadOnlyList<List<TextLine>> Paragraphs(IReadOnlyList<TextLine> bodyLines)
    {
        var paragraphs = new List<List<TextLine>>();
        foreach (var line in bodyLines)
        {
            var last = paragraphs.Count > 0 ? paragraphs[^1][^1] : null;
            if (last is not null && Math.Abs(last.Left - line.Left) < 1.5 && last.Baseline - line.Baseline is var d && d > 0 && d <= line.Size * 1.9)
            {
                paragraphs[^1].Add(line);
            }
            else
            {
                paragraphs.Add([line]);
            }
        }

        return paragraphs;
    }

    /// <summary>Median baseline distance within paragraphs, divided by the size.</summary>
    public static double? Spacing(IReadOnlyList<List<TextLine>> paragraphs)
    {
        var ratios = paragraphs.SelectMany(p => p.Zip(p.Skip(1), (a, b) => (a.Baseline - b.Baseline) / a.Size)).Order().ToArray();
        return ratios.Length == 0 ? null : Math.Round(ratios[ratios.Length / 2], 2);
    }

    /// <summary>
    /// Lines set flush right as well as left: in a paragraph of four lines or more, every line before the last ends
    /// within 0.12 em of the others (the ink of a final '.' and an 'e' differ by their side bearings). Ragged-right
    /// text does not line up three times running by chance.
    /// </summary>
    public static int Justified(IReadOnlyList<List<TextLine>> paragraphs)
    {
        var count = 0;
        foreach (var p in paragraphs.Where(p => p.Count >= 4))
        {
            var full = p.Take(p.Count - 1).ToList();
            var right = full.Max(l => l.Right);
            var flush = full.Count(l => right - l.Right <= 0.12 * l.Size && l.Words >= 3);
            if (flush == full.Count)
            {
                count += flush;
            }
        }

        return count;
    }
}
