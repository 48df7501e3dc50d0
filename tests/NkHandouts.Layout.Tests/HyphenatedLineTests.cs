using NkHandouts.Layout.Hyphenation;

namespace NkHandouts.Layout.Tests;

/// <summary>Automatic hyphenation in the line breaker: where it splits a word, where it must not, and how a split
/// word reads back (replacement text on the surface).</summary>
public sealed class HyphenatedLineTests
{
    private static readonly HyphenationStyle English = new(Hyphenator.For("en")!);

    private static (ShapedText Shaped, TextLine[] Lines) Lay(string text, double width, HyphenationStyle style)
    {
        var shaped = new ShapedText([new TextSpan(text, TestFonts.Style())]);
        AutoHyphens.Mark(shaped, style);
        return (shaped, LineBreaker.Break(shaped, width, 1.4, style));
    }

    private static string[] Break(string text, double width, HyphenationStyle style)
    {
        var (s, lines) = Lay(text, width, style);
        return [.. lines.Select(l => s.Text[l.Start..l.VisibleEnd] + (l.Hyphenated ? "-" : ""))];
    }

    [Fact]
    public void A_word_is_split_to_mend_a_line_that_would_stay_short()
    {
        // "Ask about a " fills two thirds of the line: more than the 15 % zone short.
        Assert.Equal(["Ask about a treat-", "ment plan"], Break("Ask about a treatment plan", TestFonts.Width("Ask about a treat-") + 0.01, English));
    }

    [Fact]
    public void A_nearly_full_line_keeps_the_word_whole()
    {
        const string text = "Please ask your care team about treatment";
        Assert.Equal(["Please ask your care team about", "treatment"], Break(text, TestFonts.Width("Please ask your care team about tr"), English));
    }

    [Fact]
    public void A_never_hyphenate_term_is_not_split_even_on_a_short_line()
    {
        var style = English with { Never = new NeverHyphenate(["treatments"]) };
        Assert.Equal(["Ask about a", "treatment plan"], Break("Ask about a treatment plan", TestFonts.Width("Ask about a treat-") + 0.01, style));
    }

    [Fact]
    public void Numbers_and_addresses_get_no_hyphenation_points()
    {
        const string text = "call 5550100 about information at https://www.example.org/information or information@example.org, 2,500 cells";
        var (s, _) = Lay(text, 1000, English);
        var auto = Enumerable.Range(0, text.Length).Where(i => s.Breaks[i] == BreakKind.Auto).ToList();
        var first = text.IndexOf("information", StringComparison.Ordinal);
        Assert.NotEmpty(auto);
        Assert.All(auto, i => Assert.InRange(i, first, first + "information".Length)); // only the plain word
    }

    [Fact]
    public void No_more_than_two_hyphenated_lines_follow_each_other()
    {
        const string text = "radiation treatment information together especially different important information radiation "
            + "treatment together especially information different important radiation treatment information";
        var unlimited = English with { MaxConsecutive = 99 };
        var limitBites = false;
        for (var width = 60.0; width <= 220; width += 1)
        {
            Assert.True(LongestRun(Lay(text, width, English).Lines) <= 2, $"three hyphenated lines in a row at width {width}");
            limitBites |= LongestRun(Lay(text, width, unlimited).Lines) >= 3;
        }

        Assert.True(limitBites, "no width made three hyphenated lines in a row without the limit: the test proves nothing");
    }

    [Fact]
    public void A_split_word_reads_back_whole_through_replacement_text()
    {
        var surface = new RecordingSurface();
        var text = Compose.Text("Ask about a treatment plan", TestFonts.Style(), new ParagraphStyle { Hyphenation = English }).Tag(StructureTag.P);
        new DocumentLayout(new PageGeometry(TestFonts.Width("Ask about a treat-") + 20.01, 200, 10, 10, 10, 10), text).Render(surface);

        // Drawn as printed, read as written: the head carries the whole word, the continuation reads as nothing.
        Assert.Equal(["Ask about a treat-", "ment plan"], surface.LinesOn(1));
        var log = string.Join("|", surface.Log);
        Assert.Contains("<actual treatment>|text ", log);
        Assert.Contains("'treat-'|</actual>", log);
        Assert.Contains("<actual >|text 10,", log);
        Assert.Contains("'ment'|</actual>", log);
        Assert.Equal("Ask about a treatment plan", ReadBack(surface.Log));
    }

    [Fact]
    public void Headings_and_unhyphenated_paragraphs_are_untouched()
    {
        Assert.Equal(["Ask about a", "treatment plan"], LineBreakingBreak("Ask about a treatment plan", TestFonts.Width("Ask about a treat-") + 0.01));
    }

    private static string[] LineBreakingBreak(string text, double width)
    {
        var shaped = new ShapedText([new TextSpan(text, TestFonts.Style())]);
        return [.. LineBreaker.Break(shaped, width, 1.4).Select(l => shaped.Text[l.Start..l.VisibleEnd] + (l.Hyphenated ? "-" : ""))];
    }

    private static int LongestRun(TextLine[] lines)
    {
        int run = 0, longest = 0;
        foreach (var l in lines)
        {
            run = l.Hyphenated ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The text a replacement-aware reader gets from the recorded drawing.</summary>
    private static string ReadBack(IEnumerable<string> log)
    {
        var sb = new System.Text.StringBuilder();
        string? actual = null;
        foreach (var entry in log)
        {
            if (entry.StartsWith("<actual ", StringComparison.Ordinal))
            {
                actual = entry["<actual ".Length..^1];
                sb.Append(actual);
            }
            else if (entry == "</actual>")
            {
                actual = null;
            }
            else if (actual is null && entry.StartsWith("text ", StringComparison.Ordinal))
            {
                var quoted = entry[(entry.IndexOf('\'') + 1)..^1];
                sb.Append(quoted);
            }
        }

        return sb.ToString().TrimEnd();
    }
}
