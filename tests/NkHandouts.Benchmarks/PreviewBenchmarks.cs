using BenchmarkDotNet.Attributes;
using NkHandouts.Layout;
using NkHandouts.Preview;

namespace NkHandouts.Benchmarks;

/// <summary>
/// Preview rendering: the long text document laid out and drawn with Skia, every page encoded to PNG, plus the
/// contact sheet, at the build's default preview resolution (60 dpi) and at 150 dpi. Milliseconds per page = mean
/// ÷ <see cref="Pages"/>. The layout is rebuilt each time, as a build does.
/// </summary>
[MemoryDiagnoser]
public class PreviewBenchmarks
{
    [Params(20)]
    public int Pages { get; set; }

    [Params(60, 150)]
    public int Dpi { get; set; }

    [Benchmark]
    public long RenderPreviews()
    {
        var set = PreviewRenderer.Render(LongDocument.Layout(Pages), Dpi);
        return set.Pages.Sum(p => (long)p.Png.Length) + set.ContactSheet!.Length;
    }
}
