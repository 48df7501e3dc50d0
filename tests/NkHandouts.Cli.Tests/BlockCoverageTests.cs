using System.IO.Compression;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Testing;
using UglyToad.PdfPig;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// Every renderer handles every <see cref="Block"/> type, or fails loudly: a new block type added to the model
/// without a rendering must stop the build, never vanish from a handout. Runs over every registered renderer and
/// every shipped template (so every layout), with an article that holds every block type.
/// </summary>
public sealed class BlockCoverageTests
{
    private static readonly RenderSettings Settings = new(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), "test");

    private static IEnumerable<Type> BlockTypes() =>
        typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract);

    private static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            foreach (var child in Walk(NkHandouts.Content.Identity.BlockIdentities.Children(b)))
            {
                yield return child;
            }
        }
    }

    private static Article Load(string path)
    {
        var loaded = ArticleLoader.Load(path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        return loaded.Value!;
    }

    [Fact]
    public void The_test_article_holds_every_block_type_of_the_model()
    {
        using var sample = new EveryBlockArticle();
        var article = Load(sample.Path);
        var present = Walk([.. article.Blocks, .. article.Footnotes]).Select(b => b.GetType()).ToHashSet();
        var missing = BlockTypes().Where(t => !present.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "add these block types to EveryBlockArticle (and a marker word): " + string.Join(", ", missing));
        Assert.All(EveryBlockArticle.Markers.Keys, k => Assert.Contains(BlockTypes(), t => t.Name == k));
    }

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var t in TemplateCatalog.Load(Repo.Path_("templates"), Renderers.Outputs).All)
        {
            data.Add(t.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_template_renders_every_block_type(string templateName)
    {
        var template = TemplateCatalog.Load(Repo.Path_("templates"), Renderers.Outputs).All.Single(t => t.Name == templateName);
        using var sample = new EveryBlockArticle(template.Audiences.FirstOrDefault() ?? "patients");
        var article = Load(sample.Path);
        var renderer = Renderers.All().Single(r => r.CanRender(template));
        var plan = renderer.Plan(article, template)[0];
        using var output = new MemoryStream();
        var result = renderer.Render(plan, Settings, output);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var text = TextOf(plan.FileName, output.ToArray());
        foreach (var (type, word) in EveryBlockArticle.Markers)
        {
            if (type == nameof(FootnoteBlock) && result.Diagnostics.Any(d => d.Code == DiagnosticCodes.FootnotesLeftOut))
            {
                continue; // left out, and said so
            }

            Assert.True(text.Contains(word, StringComparison.Ordinal), $"{templateName}: the text of a {type} ('{word}') is missing from {plan.FileName}");
        }
    }

    /// <summary>The text of an output, read back by something other than its writer.</summary>
    private static string TextOf(string fileName, byte[] bytes)
    {
        if (fileName.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var pdf = PdfDocument.Open(bytes);
            return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }

        if (fileName.EndsWith(".docx", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            return string.Join("\n", zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        }

        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A block type the model does not have: what a renderer meets when someone adds one and forgets it.</summary>
    private sealed record MysteryBlock(SourceLocation Source) : Block(Source);

    [Theory]
    [MemberData(nameof(Templates))]
    public void An_unknown_block_type_fails_loudly(string templateName)
    {
        var template = TemplateCatalog.Load(Repo.Path_("templates"), Renderers.Outputs).All.Single(t => t.Name == templateName);
        using var sample = new EveryBlockArticle(template.Audiences.FirstOrDefault() ?? "patients");
        var article = Load(sample.Path);
        article = article with { Blocks = [.. article.Blocks, new MysteryBlock(new SourceLocation(sample.Path, 99, 1))] };
        var renderer = Renderers.All().Single(r => r.CanRender(template));
        var plan = renderer.Plan(article, template)[0];
        using var output = new MemoryStream();
        try
        {
            var result = renderer.Render(plan, Settings, output);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains(nameof(MysteryBlock), StringComparison.Ordinal));
        }
        catch (NotSupportedException e)
        {
            Assert.Contains(nameof(MysteryBlock), e.Message);
        }
    }

    [Fact]
    public void The_reading_check_refuses_an_unknown_block_type()
    {
        using var sample = new EveryBlockArticle();
        var article = Load(sample.Path);
        article = article with { Blocks = [.. article.Blocks, new MysteryBlock(new SourceLocation(sample.Path, 99, 1))] };
        var e = Assert.Throws<NotSupportedException>(() => TextDocument.FromArticle(article, article.SourceText!));
        Assert.Contains(nameof(MysteryBlock), e.Message);
    }
}
