using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Core.Tests.Content;

/// <summary>Quotes, lists and boxes nested past the limit: an error at the first container past it for patients;
/// elsewhere a warning there and the levels past the limit set as the article's own blocks, in order, nothing added.</summary>
public sealed class DeepNestingTests
{
    private const string Head = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n";

    private static (Article Before, Article After, IReadOnlyList<Diagnostic> Diagnostics) Apply(string body, bool refuse = true, int max = 4)
    {
        var article = ArticleLoader.Parse(Head + body, "a.md").Value!;
        var bag = new DiagnosticBag();
        var after = DeepNesting.Apply(article, max, refuse, bag);
        return (article, after, bag.Items);
    }

    private static string Quotes(int depth, string text = "Deep words.") => new string('>', depth) + " " + text + "\n";

    [Fact]
    public void Quotes_past_the_limit_are_an_error_at_the_first_quote_past_it_for_patients()
    {
        var (before, after, diagnostics) = Apply("Intro.\n\n" + Quotes(30));
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NestingPastLimit, d.Code);
        Assert.True(d.IsError);
        Assert.Equal((9, 5), (d.Location.Line, d.Location.Column)); // the fifth '>'
        Assert.Contains("nested 30 deep here; patient outputs hold at most 4 levels (limits.maxNestingDepth)", d.Message);
        Assert.Same(before, after);
    }

    [Fact]
    public void Up_to_the_limit_nothing_is_said_or_changed()
    {
        var (before, after, diagnostics) = Apply(Quotes(4) + "\n- a\n  - b\n    - c\n      - d\n");
        Assert.Empty(diagnostics);
        Assert.Same(before, after);
    }

    [Fact]
    public void Elsewhere_a_warning_and_the_levels_past_the_limit_are_flat()
    {
        var (_, after, diagnostics) = Apply(Quotes(12, "Deepest.") + "\n", refuse: false, max: 2);
        var d = Assert.Single(diagnostics);
        Assert.False(d.IsError);
        Assert.Contains("nested 12 deep here, more than 2 (limits.maxNestingDepth); the levels past 2 are set as plain paragraphs", d.Message);
        var outer = Assert.IsType<QuoteBlock>(Assert.Single(after.Blocks));
        var inner = Assert.IsType<QuoteBlock>(Assert.Single(outer.Blocks));
        var text = Assert.IsType<ParagraphBlock>(Assert.Single(inner.Blocks));
        Assert.Equal("Deepest.", text.PlainText);
    }

    [Fact]
    public void Lists_and_boxes_count_as_levels_and_keep_their_words_in_order()
    {
        var body = "::: myth\n- one\n  - two\n    > three\n    >\n    > - four\n    >   - five\n    >\n    > after\n- six\n:::\n";
        var (_, after, diagnostics) = Apply(body, refuse: false, max: 3);
        var d = Assert.Single(diagnostics);
        Assert.Contains("nested 6 deep", d.Message);
        Assert.Equal((10, 5), (d.Location.Line, d.Location.Column)); // the quote's ">", the fourth level
        var words = Words(after.Blocks).ToList();
        Assert.Equal(["one", "two", "three", "four", "five", "after", "six"], words);
        var callout = Assert.IsType<CalloutBlock>(Assert.Single(after.Blocks));
        var list = Assert.IsType<ListBlock>(callout.Blocks[0]);
        var nested = Assert.IsType<ListBlock>(list.Items[0].Blocks[1]);
        Assert.All(nested.Items[0].Blocks, b => Assert.IsType<ParagraphBlock>(b)); // "two", then the quote's blocks, flat
    }

    [Fact]
    public void Footnotes_are_checked_too()
    {
        var (_, _, diagnostics) = Apply("Text.[^1]\n\n[^1]: Note.\n\n    " + Quotes(6).TrimEnd() + "\n");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.NestingPastLimit);
    }

    private static IEnumerable<string> Words(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    yield return p.PlainText;
                    break;
                case QuoteBlock q:
                    foreach (var w in Words(q.Blocks)) yield return w;
                    break;
                case CalloutBlock c:
                    foreach (var w in Words(c.Blocks)) yield return w;
                    break;
                case ListBlock l:
                    foreach (var w in Words(l.Items.SelectMany(i => i.Blocks))) yield return w;
                    break;
            }
        }
    }
}
