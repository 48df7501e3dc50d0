using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>Measures every page of a read-back PDF. Headings and body size are judged over the whole document, so a
/// cover page of large type still has its title counted as a heading.</summary>
public static class PageMeasurer
{
    public static IReadOnlyList<PageMeasurement> Measure(IReadOnlyList<PageContent> pages, int capsRunLongerThan = 3) =>
        Measure(visit => pages.ToList().ForEach(visit), capsRunLongerThan);

    /// <summary>
    /// Two passes over the pages, each holding one page at a time: the first gathers the document-wide figures (body
    /// size, text area), the second measures each page against them. <paramref name="readPages"/> reads the document
    /// afresh on each call, handing over its pages in order, so a 1,000-page file never has every page's glyphs in
    /// memory at once.
    /// </summary>
    public static IReadOnlyList<PageMeasurement> Measure(Action<Action<PageContent>> readPages, int capsRunLongerThan = 3)
    {
        var figures = new DocumentFigures();
        readPages(figures.Add);

        var documentBody = figures.Body;
        var area = figures.Area;
        var sections = new SectionWords(documentBody);
        var result = new List<PageMeasurement>();
        readPages(page =>
        {
            var lines = LineFinder.Lines(page);
            sections.Add(result.Count, lines);
            var body = TypeSizes.Body(TypeSizes.BodyCandidates(page.Glyphs, documentBody, result.Count == figures.Pages - 1));
            var bodyLines = lines.Where(l => TypeSizes.IsBody(l, body)).ToList();
            var paragraphs = LineMetrics.Paragraphs(bodyLines);
            result.Add(new PageMeasurement
            {
                Page = page.Number,
                BodySize = body,
                SmallestSize = TypeSizes.Smallest(page.Glyphs),
                HeadingSizes = TypeSizes.Headings(lines, documentBody),
                CharsPerLine = Distribution.Of(bodyLines.Select(l => l.Characters)),
                WordsPerLine = Distribution.Of(bodyLines.Select(l => l.Words)),
                LineSpacing = LineMetrics.Spacing(paragraphs),
                Contrast = ContrastMeter.Pairs(page),
                JustifiedLines = LineMetrics.Justified(paragraphs),
                CapsRuns = TextStyle.CapsRuns(lines, capsRunLongerThan),
                ItalicPercent = TextStyle.ItalicPercent(page.Glyphs),
                EmptyPercent = area is { } a ? EmptySpace.Percent(page, a) : 100,
                Letters = page.Glyphs.Count,
                BodyLines = bodyLines.Count,
            });
        });

        // A section's length is known only when it ends, possibly pages later.
        var longest = sections.Finish();
        return result.Select((m, i) => m with { WordsBetweenHeadings = longest[i] }).ToList();
    }

    /// <summary>For each page, the longest run of running-text words between two headings that reaches it. Furniture
    /// (text smaller than the body) is not counted. Fed one page's lines at a time.</summary>
    private sealed class SectionWords(double? body)
    {
        private readonly List<int> longest = [];
        private readonly List<int> touched = [];
        private int words;

        public void Add(int page, IReadOnlyList<TextLine> lines)
        {
            longest.Add(0);
            if (body is not { } b)
            {
                return;
            }

            foreach (var line in lines)
            {
                if (line.Size >= b * TypeSizes.HeadingRatio)
                {
                    Close();
                }
                else if (line.Size >= b - 0.25)
                {
                    words += line.Words;
                    if (touched.Count == 0 || touched[^1] != page)
                    {
                        touched.Add(page);
                    }
                }
            }
        }

        public List<int> Finish()
        {
            Close();
            return longest;
        }

        private void Close()
        {
            foreach (var p in touched)
            {
                longest[p] = Math.Max(longest[p], words);
            }

            words = 0;
            touched.Clear();
        }
    }
}
