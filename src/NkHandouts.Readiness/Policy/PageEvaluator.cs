using System.Globalization;
using NkHandouts.Readiness.Measures;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Policy;

/// <summary>Judges page measurements against a <see cref="PagePolicy"/>: one finding per rule and page that breaks it
/// (errors when the policy is enforced, warnings when it only reports), plus notes with the reported measures.</summary>
public static class PageEvaluator
{
    /// <summary>Line-length limits need enough lines to mean anything (a cover panel has three).</summary>
    private const int MinLinesForLength = 5;

    public static IReadOnlyList<PageFinding> Evaluate(IReadOnlyList<PageMeasurement> pages, PagePolicy policy)
    {
        var level = policy.Enforce ? FindingLevel.Error : FindingLevel.Warning;
        var findings = new List<PageFinding>();
        foreach (var p in pages)
        {
            void Add(string rule, string message) => findings.Add(new PageFinding(rule, level, p.Page, message));

            if (policy.MinBodySize is { } minBody && p.BodySize is { } body && body < minBody - 0.05)
            {
                Add(PageRules.BodySize, $"page {p.Page}: body text is {F(body)} pt; the minimum is {F(minBody)} pt");
            }

            if (policy.MinTextSize is { } minText && p.SmallestSize is { } small && small < minText - 0.05)
            {
                Add(PageRules.SmallestSize, $"page {p.Page}: the smallest text is {F(small)} pt; nothing may be under {F(minText)} pt");
            }

            if (p.HeadingSizes.Count > 0)
            {
                findings.Add(new PageFinding(PageRules.HeadingSizes, FindingLevel.Note, p.Page, $"page {p.Page}: heading sizes {string.Join(", ", p.HeadingSizes.Select(F))} pt"));
            }

            if (p.CharsPerLine.Count >= MinLinesForLength)
            {
                // The measure is what full lines hold: the 90th percentile, so short last lines of paragraphs and
                // list items do not count as a narrow column.
                if (policy.MinCharsPerLine is { } minChars && p.CharsPerLine.P90 < minChars)
                {
                    Add(PageRules.CharsPerLine, $"page {p.Page}: full body lines hold only {F(p.CharsPerLine.P90)} characters (90th percentile); at least {F(minChars)} read best");
                }

                if (policy.MaxCharsPerLine is { } maxChars && p.CharsPerLine.P90 > maxChars)
                {
                    Add(PageRules.CharsPerLine, $"page {p.Page}: full body lines hold {F(p.CharsPerLine.P90)} characters (90th percentile); at most {F(maxChars)} read best");
                }

                findings.Add(new PageFinding(PageRules.WordsPerLine, FindingLevel.Note, p.Page, $"page {p.Page}: {F(p.WordsPerLine.Median)} words per body line (median), {F(p.WordsPerLine.P90)} (90th percentile)"));
            }

            if (policy.MinLineSpacing is { } minSpacing && p.LineSpacing is { } spacing && spacing < minSpacing - 0.02)
            {
                Add(PageRules.LineSpacing, $"page {p.Page}: body lines are {F(spacing)} × their size apart; the minimum is {F(minSpacing)}");
            }

            foreach (var c in p.Contrast)
            {
                var needed = c.Large ? policy.MinLargeTextContrast ?? policy.MinContrast : policy.MinContrast;
                if (needed is { } n && c.Ratio < n)
                {
                    Add(PageRules.Contrast, $"page {p.Page}: {c.Text} text on {c.Background} has contrast {F(c.Ratio)}:1; {(c.Large ? "large " : "")}text needs {F(n)}:1 (\"{c.Sample}\")");
                }
            }

            if (!policy.AllowJustified && p.JustifiedLines > 0)
            {
                Add(PageRules.Justified, $"page {p.Page}: {p.JustifiedLines} body lines are justified; set body text ragged right");
            }

            foreach (var run in p.CapsRuns)
            {
                Add(PageRules.CapsRun, $"page {p.Page}: \"{run}\" is {run.Split(' ').Length} words in capitals; at most {policy.MaxCapsRunWords} read well");
            }

            if (policy.MaxItalicPercent is { } maxItalic && p.ItalicPercent > maxItalic)
            {
                Add(PageRules.Italic, $"page {p.Page}: {F(p.ItalicPercent)}% of the letters are italic; at most {F(maxItalic)}%");
            }

            var last = p.Page == pages[^1].Page;
            if (policy.MaxEmptyPercent is { } maxEmpty && !last && p.EmptyPercent > maxEmpty)
            {
                Add(PageRules.EmptyPage, $"page {p.Page}: {F(p.EmptyPercent)}% of the text area is empty; at most {F(maxEmpty)}% (only the last page may be emptier)");
            }

            if (policy.MaxWordsBetweenHeadings is { } maxWords && p.WordsBetweenHeadings > maxWords)
            {
                Add(PageRules.WordsBetweenHeadings, $"page {p.Page}: {p.WordsBetweenHeadings} words run without a heading; at most {maxWords}");
            }
        }

        return findings;
    }

    internal static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
