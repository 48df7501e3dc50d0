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
