using BenchmarkDotNet.Attributes;

namespace NkHandouts.Benchmarks;

/// <summary>Pages per second for a long text document: divide <see cref="Pages"/> by the mean time.</summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    [Params(200)]
    public int Pages { get; set; }

    [Benchmark]
    public int RenderLongDocument() => LongDocument.Render(Pages, Stream.Null).Pages;
}
