using NkHandouts.Templates;

namespace NkHandouts.Readiness.Measures;

/// <summary>Everything measured on one page of a finished PDF. Sizes in points, shares in percent.</summary>
public sealed record PageMeasurement
{
    public required int Page { get; init; }

    /// <summary>The size most of the page's letters are set in; null on a page without text.</summary>
    public double? BodySize { get; init; }

    public double? SmallestSize { get; init; }

    /// <summary>Sizes clearly larger than the document's body size (headings, titles), largest first.</summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [];

    public Distribution CharsPerLine { get; init; } = Distribution.Empty;
    public Distribution WordsPerLine { get; init; } = Distribution.Empty;

    /// <summary>Median baseline distance of consecutive body lines, as a multiple of the type size.</summary>
    public double? LineSpacing { get; init; }

    public IReadOnlyList<ContrastPair> Contrast { get; init; } = [];

    /// <summary>Body lines set flush to both edges (not counting a paragraph's last line).</summary>
    public int JustifiedLines { get; init; }

    public IReadOnlyList<string> CapsRuns { get; init; } = [];

    public double ItalicPercent { get; init; }

    public double EmptyPercent { get; init; }

    /// <summary>The longest run of words without a heading that reaches this page.</summary>
    public int WordsBetweenHeadings { get; init; }

    public int Letters { get; init; }
    public int BodyLines { get; init; }
}

/// <summary>Median and 90th percentile (nearest rank) of per-line counts.</summary>
public sealed record Distribution(double Median, double P90, int Count)
{
    public static readonly Distribution Empty = new(0, 0, 0);

    public static Distribution Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? Empty : new Distribution(Percentile(sorted, 0.5), Percentile(sorted, 0.9), sorted.Length);
    }

    private static double Percentile(int[] sorted, double p)
    {
        if (p == 0.5)
        {
            var mid = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        }

        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>A text colour on the fill actually under it: the lowest ratio found, the letters involved, and whether
/// all of them are large text (WCAG: 18 pt, or 14 pt bold).</summary>
public sealed record ContrastPair(Colour Text, Colour Background, double Ratio, int Letters, bool Large, string Sample);
