using NkHandouts.Content;

namespace NkHandouts.Core.Tests.Content;

/// <summary>The real article loads into the structure the layouts rely on.</summary>
public sealed class NkArticleTests
{
    private static readonly Article Article = LoadArticle();

    private static Article LoadArticle()
    {
        var result = ArticleLoader.Load(Repo.NkArticle);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Loads_without_any_diagnostic()
    {
        var result = ArticleLoader.Load(Repo.NkArticle);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Front_matter_is_typed()
    {
        var m = Article.Metadata;
        Assert.Equal("Debunking 3 Common Myths About NK Cell Therapy", m.Title);
        Assert.Equal(new DateOnly(2025, 12, 19), m.Date);
        Assert.Equal("Yolanda", m.Author);
        Assert.Equal(["nk cell treatment", "nk cells and dendritic cells", "nk natural killer"], m.Keywords);
        Assert.Equal("en-US", m.Language);
        Assert.Equal("clinicians", m.Audience);
        Assert.Equal("1.0", m.Version);
        Assert.Equal(new DateOnly(2026, 12, 19), m.ReviewBy);
        Assert.NotNull(m.Summary);
        Assert.Equal("Yolanda", m.Source?.Author);
    }

    [Fact]
    public void Sections_are_introduction_three_myths_and_conclusion()
    {
        var titles = Article.Sections.Select(s => s.Title).ToList();
        Assert.Equal(
        [
            "Introduction",
            // Typographic quotes from the loader (SmartQuotes), not the source's straight ones.
            "Myth 1: \u2018NK Therapy is a Miracle Cure for All Cancers.\u2019",
            "Myth 2: \u2018NK Cells Work Alone.\u2019",
            "Myth 3: \u2018More NK Cells Always Means Better.\u2019",
            "Conclusion: A Sophisticated and Evolving Science",
        ], titles);
    }

    [Fact]
    public void Each_myth_section_has_a_myth_then_a_fact_callout()
    {
        foreach (var section in Article.Sections.Skip(1).Take(3))
        {
            var kinds = section.Blocks.OfType<CalloutBlock>().Select(c => c.Kind).ToList();
            Assert.Equal([CalloutKind.Myth, CalloutKind.Fact], kinds);
        }
    }

    [Fact]
    public void Key_points_hold_a_three_item_list()
    {
        var keyPoints = Assert.Single(Article.Blocks.OfType<CalloutBlock>(), c => c.Kind == CalloutKind.KeyPoints);
        var list = Assert.IsType<ListBlock>(Assert.Single(keyPoints.Blocks));
        Assert.False(list.Ordered);
        Assert.Equal(3, list.Items.Count);
    }

    [Fact]
    public void Blocks_remember_their_source_line_and_column()
    {
        var heading = Article.Blocks.OfType<HeadingBlock>().First();
        var lines = File.ReadAllLines(Repo.NkArticle);
        var expectedLine = Array.FindIndex(lines, l => l.StartsWith("## Myth 1", StringComparison.Ordinal)) + 1;
        Assert.Equal(expectedLine, heading.Source.Line);
        Assert.Equal(1, heading.Source.Column);
        Assert.Equal(2, heading.Level);
    }

    [Fact]
    public void Keeps_the_source_sentences_word_for_word()
    {
        var sourcePath = Repo.Path_("..", "shared", "source", "nk-cell-therapy-myths.txt");
        if (!File.Exists(sourcePath))
        {
            Assert.Skip("the source text ../shared/source is not beside this clone");
        }

        var source = File.ReadAllText(sourcePath);
        var text = string.Join(" ", Article.Blocks.SelectMany(Flatten));
        foreach (var sentence in new[]
                 {
                     "Nk cell treatment is not a one-size-fits-all solution.",
                     "interferon-gamma (IFN-γ)",
                     "In nk natural killer cell therapy, precision and functionality triumph over sheer volume.",
                     "The future of nk natural killer cell-based therapies is bright, precisely because it is being built on a foundation of rigorous science, not simplistic myths.",
                 })
        {
            Assert.Contains(sentence, source);
            Assert.Contains(sentence, text);
        }

        Assert.DoesNotContain("Hot Search Terms", text);
        Assert.DoesNotContain("By:Yolanda", text);
    }

    private static IEnumerable<string> Flatten(Block block) => block switch
    {
        ParagraphBlock p => [p.PlainText],
        HeadingBlock h => [h.PlainText],
        CalloutBlock c => c.Blocks.SelectMany(Flatten),
        ListBlock l => l.Items.SelectMany(i => i.Blocks.SelectMany(Flatten)),
        _ => [],
    };
}
