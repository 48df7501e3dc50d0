using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>Measures every page of a read-back PDF. Headings and body size are judged over the whole document, so a
/// cover page of large type still has its title counted as a heading.</summary>
public static class PageMeasurer
{
    public static IReadOnlyList<PageMeasurement> Measure(IReadOnlyList<PageContent> pages, int capsRunLongerThan = 3)
    {
        var documentBody = TypeSizes.Body(pages.SelectMany(p => p.Glyphs));
        var area = EmptySpace.TextArea(pages);
        var lines = pages.Select(LineFinder.Lines).ToList();
        var sections = SectionWords(lines, documentBody);

        var result = new List<PageMeasurement>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var body = TypeSizes.Body(TypeSizes.BodyCandidates(page.Glyphs, documentBody, i == pages.Count - 1));
            var bodyLines = lines[i].Where(l => TypeSizes.IsBody(l, body)).ToList();
            var paragraphs = LineMetrics.Paragraphs(bodyLines);
            result.Add(new PageMeasurement
            {
                Page = page.Number,
                BodySize = body,
                SmallestSize = TypeSizes.Smallest(page.Glyphs),
                HeadingSizes = TypeSizes.Headings(lines[i], documentBody),
                CharsPerLine = Distribution.Of(bodyLines.Select(l => l.Characters)),
                WordsPerLine = Distribution.Of(bodyLines.Select(l => l.Words)),
                LineSpacing = LineMetrics.Spacing(paragraphs),
                Contrast = ContrastMeter.Pairs(page),
                JustifiedLines = LineMetrics.Justified(paragraphs),
                CapsRuns = TextStyle.CapsRuns(lines[i], capsRunLongerThan),
                ItalicPercent = TextStyle.ItalicPercent(page.Glyphs),
                EmptyPercent = area is { } a ? EmptySpace.Percent(page, a) : 100,
                WordsBetweenHeadings = sections[i],
                Letters = page.Glyphs.Count,
                BodyLines = bodyLines.Count,
            });
        }

        return result;
    }

    /// <summary>For each page, the longest run of running-text words between two headings that reaches it. Furniture
    /// (text smaller than the body) is not counted.</summary>
    private static int[] SectionWords(IReadOnlyList<IReadOnlyList<TextLine>> pages, double? body)
    {
        var longest = new int[pages.Count];
        if (body is not { } b)
        {
            return longest;
        }

        var words = 0;
        var touched = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var line in pages[i])
            {
                if (line.Size >= b * TypeSizes.HeadingRatio)
                {
                    Close();
                }
                else if (line.Size >= b - 0.25)
                {
                    words += line.Words;
                    if (touched.Count == 0 || touched[^1] != i)
                    {
                        touched.Add(i);
                    }
                }
            }
        }

        Close();
        return longest;

        void Close()
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
