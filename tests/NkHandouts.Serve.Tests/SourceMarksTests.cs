using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.Serve.Pages;

namespace NkHandouts.Serve.Tests;

/// <summary>The findings laid on the source: a sentence that spans lines and holds markup and a link is marked from
/// its first to its last character and no further; glossary terms of several words; complex words exactly where the
/// analysis counted them.</summary>
public sealed class SourceMarksTests
{
    private const string Source = """
        ---
        title: Plain title
        language: en-US
        audience: patients
        ---

        Short one. The **considerable** immunological reconstitution, described [here](https://example.org/a-b),
        characteristically necessitates prolonged observation. Next one.

        Ask about dendritic cells today.
        """;

    private static (SourceMarks Marks, ReadingReport Report) Mark()
    {
        var article = ArticleLoader.Parse(Source, "t.md").Value!;
        var glossary = GlossaryLoader.Parse("dendritic cells: immune cells that show other cells what to attack\n", "g.yaml", new Diagnostics.DiagnosticBag());
        var report = new ReadingAnalyzer(glossary: glossary, options: AnalyzerOptions.Default with { LongSentenceWords = 8 })
            .Analyze(TextDocument.FromArticle(article, Source));
        return (SourceMarks.For(Source, report, hardAbove: null), report);
    }

    private static string Marked(SourceMarks marks, MarkKind kind)
    {
        var flat = string.Join('\n', marks.Lines);
        return new string(flat.Where((c, i) => marks.Flags[i].HasFlag(kind) || (c == '\n' && i > 0 && marks.Flags[i - 1].HasFlag(kind))).ToArray());
    }

    [Fact]
    public void A_long_sentence_over_two_lines_with_markup_and_a_link_is_marked_whole()
    {
        var (marks, report) = Mark();
        Assert.Single(report.LongSentences);
        Assert.Equal(
            "The **considerable** immunological reconstitution, described [here](https://example.org/a-b),\ncharacteristically necessitates prolonged observation.",
            Marked(marks, MarkKind.Long));
        Assert.Contains(marks.Badges[6], b => b.Kind == MarkKind.Long && b.Label == "long · 10 words" && b.Column == "Short one. ".Length);
    }

    [Fact]
    public void A_glossary_term_of_two_words_is_marked_with_its_plain_wording()
    {
        var (marks, _) = Mark();
        Assert.Equal("dendritic cells", Marked(marks, MarkKind.Term));
        Assert.Equal(("dendritic cells", "immune cells that show other cells what to attack"), Assert.Single(marks.Terms));
    }

    [Fact]
    public void Complex_words_are_marked_in_the_body_only_as_whole_words()
    {
        var (marks, _) = Mark();
        var flat = string.Join('\n', marks.Lines);
        var words = flat.Select((c, i) => marks.Flags[i].HasFlag(MarkKind.Complex) ? c : ' ').ToArray();
        var found = new string(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("immunological", found);
        Assert.Contains("characteristically", found);
        Assert.DoesNotContain(found, w => w.Contains("example", StringComparison.Ordinal) && w != "example"); // no part-words
        Assert.All(Enumerable.Range(0, marks.LineStart(5)), i => Assert.False(marks.Flags[i].HasFlag(MarkKind.Complex))); // front matter
    }

    private const string Located = """
        ---
        title: Understanding it
        summary: Immunology for everybody.
        keywords: [immunology]
        language: en-US
        audience: patients
        ---

        # Immunology basics

        Read about immunology [in this guide](https://example.org/immunology) or at <https://example.org/immunology>.

        ```text
        immunology in a code block
        ```

        Immunology matters. See https://example.org/immunology/ too, or write to immunology@example.org.
        """;

    [Fact]
    public void Complex_words_are_marked_where_the_analysis_counted_them_and_nowhere_else()
    {
        var article = ArticleLoader.Parse(Located, "t.md").Value!;
        var report = new ReadingAnalyzer().Analyze(TextDocument.FromArticle(article, Located));
        var immunology = report.ComplexWords.Single(w => w.Word == "immunology");
        // Counted: the heading, the first paragraph's text, the last paragraph's first word. Not the summary or keywords
        // (not read), the link targets, the autolink, the code block, the bare web and e-mail addresses.
        Assert.Equal(3, immunology.Occurrences);
        Assert.Equal([(9, 3), (11, 12), (17, 1)], immunology.Locations.Select(l => (l.Line, l.Column)));
        Assert.Equal((2, 8), report.ComplexWords.Single(w => w.Word == "understanding").Locations.Select(l => (l.Line, l.Column)).Single());

        var marks = SourceMarks.For(Located, report);
        var marked = Enumerable.Range(0, marks.Lines.Length)
            .SelectMany(line => Runs(marks, line).Select(run => (Line: line + 1, run.Column, run.Text)))
            .ToList();
        Assert.Equal([(2, 8, "Understanding"), (9, 3, "Immunology"), (11, 12, "immunology"), (17, 1, "Immunology")], marked);
    }

    /// <summary>The runs of complex-word marks on a line: 1-based column and text.</summary>
    private static IEnumerable<(int Column, string Text)> Runs(SourceMarks marks, int line)
    {
        var text = marks.Lines[line];
        for (var i = 0; i < text.Length; i++)
        {
            if (!marks.Flags[marks.LineStart(line) + i].HasFlag(MarkKind.Complex))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && marks.Flags[marks.LineStart(line) + i].HasFlag(MarkKind.Complex))
            {
                i++;
            }

            yield return (start + 1, text[start..i]);
        }
    }

    [Fact]
    public void Only_sentences_above_the_target_grade_are_marked_hard()
    {
        var article = ArticleLoader.Parse(Source, "t.md").Value!;
        var report = new ReadingAnalyzer().Analyze(TextDocument.FromArticle(article, Source));
        var all = SourceMarks.For(Source, report, hardAbove: null);
        var above = SourceMarks.For(Source, report, hardAbove: 6);
        Assert.Equal(report.HardestSentences.Count, all.Badges.Sum(b => b.Count(x => x.Kind == MarkKind.Hard)));
        Assert.Equal(report.HardestSentences.Count(s => s.Grade > 6), above.Badges.Sum(b => b.Count(x => x.Kind == MarkKind.Hard)));
        Assert.DoesNotContain("Short one.", Marked(above, MarkKind.Hard), StringComparison.Ordinal);
    }
}
