using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Core.Tests.Content;

/// <summary>A word no line can hold is reported at its block (a warning, or refused for patients); what the line
/// breaker can break (spaces, hyphens, slashes, an address's dots) is not a word here.</summary>
public sealed class LongWordsTests
{
    private const string Head = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n";

    private static IReadOnlyList<Diagnostic> Check(string body, bool refuse = true, int max = 40)
    {
        var article = ArticleLoader.Parse(Head + body, "a.md").Value!;
        var bag = new DiagnosticBag();
        LongWords.Check(article, max, refuse, bag);
        return bag.Items;
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_an_error_at_its_paragraph_for_patients()
    {
        var d = Assert.Single(Check("First paragraph.\n\nSee " + new string('x', 10_000) + " here.\n"));
        Assert.Equal(DiagnosticCodes.WordTooLong, d.Code);
        Assert.True(d.IsError);
        Assert.Equal((9, 1), (d.Location.Line, d.Location.Column));
        Assert.Contains("a word of 10,000 characters (\"xxxxxxxxxxxx…\")", d.Message);
    }

    [Fact]
    public void Elsewhere_it_is_a_warning()
    {
        var d = Assert.Single(Check("See " + new string('y', 41) + ".\n", refuse: false));
        Assert.False(d.IsError);
        Assert.Contains("more than 40 (limits.maxWordLength)", d.Message);
    }

    [Fact]
    public void Words_up_to_the_limit_and_runs_the_line_breaker_can_break_pass()
    {
        Assert.Empty(Check(
            new string('a', 40) + " and a " + string.Join('-', Enumerable.Repeat("immunotherapy", 6)) + " compound and " +
            string.Join('/', Enumerable.Repeat("segment", 10)) + " and <https://www.example.org/handouts/nk-cell-therapy-myths.with.a.long.name>.\n"));
    }

    [Fact]
    public void Dots_break_only_in_a_link()
    {
        var dotted = string.Join('.', Enumerable.Repeat("abcdefghij", 5));
        Assert.Single(Check("Plain " + dotted + ".\n"));
        Assert.Empty(Check("[" + dotted + "](https://example.org/)\n"));
    }

    [Theory]
    [InlineData("- item\n- item with {0}\n")]
    [InlineData("> quoted {0}\n")]
    [InlineData("| a | b |\n|---|---|\n| c | {0} |\n")]
    [InlineData("## Heading {0}\n")]
    [InlineData("Code `{0}` span.\n")]
    [InlineData("Strong **{0}** text.\n")]
    public void Words_are_found_in_every_block_and_inline(string template)
    {
        var d = Assert.Single(Check(string.Format(template, new string('z', 60))));
        Assert.Contains("a word of 60 characters", d.Message);
    }

    [Fact]
    public void The_limit_is_the_templates()
    {
        // Punctuation attached to a word is part of the run no line can break.
        Assert.Empty(Check("See " + new string('x', 59) + ".\n", max: 60));
        Assert.Single(Check("See " + new string('x', 60) + ".\n", max: 60));
    }
}
