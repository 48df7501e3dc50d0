using NkHandouts.Content;

namespace NkHandouts.Core.Tests.Content;

/// <summary>Which blocks keep with the next one, read from real Markdown (leaflets and Word briefings share them).</summary>
public sealed class KeepRulesTests
{
    private static IReadOnlyList<Block> Blocks(string body) =>
        ArticleLoader.Parse($"---\ntitle: T\nlanguage: en\naudience: patients\n---\n\n{body}", "a.md").Value!.Blocks;

    [Theory]
    [InlineData("It depends on many things:\n\n- one\n- two\n", true)]
    [InlineData("It depends on many things:  \n\n1. one\n2. two\n", true)]
    [InlineData("These matter more:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", true)] // a colon introduces a table too
    [InlineData("A sentence that ends.\n\n- one\n- two\n", false)]
    [InlineData("Time: 9:30. Then more.\n\n- one\n", false)] // a colon inside is no lead-in
    [InlineData("Read on:\n\n## Next section\n", false)] // a heading starts something new
    public void A_paragraph_ending_in_a_colon_keeps_with_what_it_introduces(string body, bool keeps)
    {
        var blocks = Blocks(body);
        Assert.Equal(keeps, KeepRules.KeepsWithNext(blocks[0], blocks[1]));
    }

    [Fact]
    public void A_myth_keeps_with_its_fact_and_nothing_keeps_with_nothing()
    {
        var blocks = Blocks("::: myth\nNK cells work alone.\n:::\n\n::: fact\nThey work as a team.\n:::\n\nLast words:\n");
        Assert.True(KeepRules.KeepsWithNext(blocks[0], blocks[1]));
        Assert.False(KeepRules.KeepsWithNext(blocks[1], blocks[2]));
        Assert.False(KeepRules.KeepsWithNext(blocks[2], null)); // a lead-in at the very end introduces nothing
    }
}
