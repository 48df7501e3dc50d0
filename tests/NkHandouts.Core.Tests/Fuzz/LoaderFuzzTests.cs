using CsCheck;
using NkHandouts.Content;

namespace NkHandouts.Core.Tests.Fuzz;

/// <summary>
/// Property tests: any input gives either an article or located diagnostics, never an unhandled exception. The CI
/// budget is small; NKH_FUZZ_ITER raises it (tests/fuzz/run.sh).
/// </summary>
public sealed class LoaderFuzzTests
{
    private static long Iterations => NkHandouts.Testing.Fuzz.Iterations(2_000);

    [Fact]
    public void Random_articles_never_throw_and_errors_are_located()
    {
        MarkdownGen.Article.Sample(text =>
        {
            var result = ArticleLoader.Parse(text, "fuzz.md");
            Assert.True(result.Value is not null || result.Diagnostics.Any(d => d.IsError), "no article and no error");
            foreach (var d in result.Diagnostics)
            {
                Assert.Equal("fuzz.md", d.Location.Path);
                Assert.True(d.Location.Line >= 1, d.ToString());
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Valid_front_matter_with_random_bodies_loads_or_says_why()
    {
        const string head = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n";
        MarkdownGen.Body.Sample(body =>
        {
            var result = ArticleLoader.Parse(head + body + "\nEnd.\n", "fuzz.md");
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError));
            if (result.Value is { } article)
            {
                Assert.Equal("T", article.Metadata.Title);
                Assert.NotEmpty(article.Blocks);
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Every_link_in_the_model_is_an_address_each_renderer_can_take()
    {
        // Autolinks and links with odd hosts (issue 19: `<https://../>` reached the briefing renderer and failed as
        // NK400). The loader drops what does not parse, with NK110, so every link left must be an absolute URI of an
        // allowed scheme, and an http(s) one must have a host name .NET can read.
        const string head = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n";
        long links = 0, dropped = 0;
        MarkdownGen.Body.Sample(body =>
        {
            var result = ArticleLoader.Parse(head + body + "\nEnd.\n", "fuzz.md");
            dropped += result.Diagnostics.Count(d => d.Code == NkHandouts.Diagnostics.DiagnosticCodes.UnsafeLink);
            if (result.Value is not { } article)
            {
                return;
            }

            foreach (var link in Links(article.Blocks.Concat(article.Footnotes)))
            {
                links++;
                Assert.True(Uri.TryCreate(link.Url, UriKind.Absolute, out var uri), $"'{link.Url}' does not parse");
                Assert.Contains(uri.Scheme, new[] { "http", "https", "mailto", "tel" });
                if (uri.Scheme is "http" or "https")
                {
                    Assert.NotEqual(UriHostNameType.Unknown, Uri.CheckHostName(uri.Host));
                }
            }
        }, iter: Iterations);

        Assert.True(links > 0 && dropped > 0, $"{links} links kept, {dropped} dropped: the generator no longer makes both");
        TestContext.Current.SendDiagnosticMessage($"{Iterations} cases: {links} links kept, {dropped} dropped with NK110");
    }

    private static IEnumerable<LinkInline> Links(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var inlines = block switch
            {
                HeadingBlock h => h.Inlines,
                ParagraphBlock p => p.Inlines,
                TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Inlines).ToList(),
                _ => [],
            };
            foreach (var link in Links(inlines))
            {
                yield return link;
            }

            foreach (var link in Links(NkHandouts.Content.Identity.BlockIdentities.Children(block)))
            {
                yield return link;
            }
        }
    }

    private static IEnumerable<LinkInline> Links(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is LinkInline link)
            {
                yield return link;
            }

            var children = inline switch
            {
                LinkInline l => l.Children,
                EmphasisInline e => e.Children,
                StrongInline s => s.Children,
                _ => [],
            };
            foreach (var inner in Links(children))
            {
                yield return inner;
            }
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            var bag = new NkHandouts.Diagnostics.DiagnosticBag();
            var text = NkHandouts.IO.SourceFile.Decode(bytes, "bytes.md", bag);
            if (text is not null)
            {
                ArticleLoader.Parse(text, "bytes.md");
            }
            else
            {
                Assert.True(bag.HasErrors);
            }
        }, iter: Iterations);
    }
}
