using BenchmarkDotNet.Attributes;
using NkHandouts.Content;

namespace NkHandouts.Benchmarks;

/// <summary>Article load (read, front matter, Markdown to the content model) for the NK article (~1,000 words) and
/// the same body ten times over (~10,000 words).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _tenfold = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tenfold = RepoPaths.RepeatedArticle(10, "nk-tenfold.md");
        if (!ArticleLoader.Load(RepoPaths.NkArticle).Succeeded || !ArticleLoader.Load(_tenfold).Succeeded)
        {
            throw new InvalidOperationException("a benchmark article did not load");
        }
    }

    [Benchmark(Baseline = true)]
    public int NkArticle() => ArticleLoader.Load(RepoPaths.NkArticle).Value!.Blocks.Count;

    [Benchmark]
    public int TenfoldArticle() => ArticleLoader.Load(_tenfold).Value!.Blocks.Count;
}
