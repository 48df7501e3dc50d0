using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Content.Identity;
using W15 = DocumentFormat.OpenXml.Office2013.Word;

namespace NkHandouts.Word.Tests;

/// <summary>Every block written from the article sits in a content control carrying its id and source hash, so
/// `nkhandouts import` can map an edited briefing back to the Markdown.</summary>
public sealed class BlockIdentityTests : IDisposable
{
    private readonly SyntheticArticle _synthetic = new();

    public void Dispose() => _synthetic.Dispose();

    [Fact]
    public void Every_block_of_the_article_has_one_control_with_its_key()
    {
        var identities = BlockIdentities.Of(_synthetic.Article);
        using var doc = Briefings.Open(Briefings.Render(_synthetic.Article, Briefings.BuiltIn()));
        var tags = doc.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>()
            .Concat(doc.MainDocumentPart.FootnotesPart!.Footnotes!.Descendants<SdtBlock>())
            .Select(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value).Where(t => t is not null).ToList();

        // Every block except the footnotes themselves (the footnote is its own container) and the first paragraph of
        // a list item (the item's control holds it).
        var expected = identities.All
            .Where(e => e.Block is not FootnoteBlock && !IsFirstParagraphOfItem(_synthetic.Article, e.Block))
            .Select(e => e.Key.Tag).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), tags.Order(StringComparer.Ordinal));
        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public void Controls_are_unlocked_without_placeholder_and_hidden_with_the_key_in_the_title_too()
    {
        using var doc = Briefings.Open(Briefings.Render(_synthetic.Article, Briefings.BuiltIn()));
        var controls = doc.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>().Where(s => s.SdtProperties!.GetFirstChild<Tag>() is not null).ToList();
        Assert.NotEmpty(controls);
        Assert.All(controls, c =>
        {
            var props = c.SdtProperties!;
            Assert.Null(props.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>());
            Assert.Null(props.GetFirstChild<ShowingPlaceholder>());
            Assert.Null(props.GetFirstChild<SdtPlaceholder>());
            Assert.Equal(W15.SdtAppearance.Hidden, props.GetFirstChild<W15.Appearance>()!.Val!.Value);
            Assert.Equal(props.GetFirstChild<Tag>()!.Val!.Value, props.GetFirstChild<SdtAlias>()!.Val!.Value);
            Assert.NotNull(BlockKey.Parse(props.GetFirstChild<Tag>()!.Val!.Value));
        });
    }

    [Fact]
    public void Hash_is_of_the_blocks_exact_markdown()
    {
        var identities = BlockIdentities.Of(_synthetic.Article);
        var heading = identities.All.First(e => e.Block is HeadingBlock { Level: 2 });
        Assert.Equal(BlockIdentities.HashOf("## Section Heading Alpha"), heading.Key.Hash);
        var table = identities.All.First(e => e.Block is TableBlock);
        Assert.StartsWith("| Drug | Dose | Notes |", identities.Spans!.TextOf(table.Block));
        Assert.EndsWith("| Cell two | 20 | plain |", identities.Spans!.TextOf(table.Block));
    }

    [Fact]
    public void Properties_carry_the_article_path_and_source_hash()
    {
        using var doc = Briefings.Open(Briefings.Render(_synthetic.Article, Briefings.BuiltIn()));
        var props = doc.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal(_synthetic.Path.Replace('\\', '/'), props["ArticlePath"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_synthetic.Path))), props["SourceHash"]);
    }

    private static bool IsFirstParagraphOfItem(Article article, Block block) =>
        Walk(article.Blocks).OfType<ListItemBlock>().Any(i => i.Blocks.Count > 0 && ReferenceEquals(i.Blocks[0], block) && block is ParagraphBlock);

    private static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            foreach (var c in Walk(BlockIdentities.Children(b)))
            {
                yield return c;
            }
        }
    }
}
