using BenchmarkDotNet.Attributes;
using NkHandouts.Build;
using NkHandouts.Cli;

namespace NkHandouts.Benchmarks;

/// <summary>
/// The whole pipeline in one process, warm: <c>BuildRunner</c> on the repository's content and templates into a
/// temporary folder, with the CLI's renderers and reading gate. <see cref="ForcedRebuild"/> renders and checks every
/// output; <see cref="NoOpRebuild"/> is the incremental case (inputs unchanged: hash, compare, write nothing).
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private string _out = null!;

    [GlobalSetup]
    public void Setup()
    {
        _out = Path.Combine(Path.GetTempPath(), "nkh-bench", "build-" + Environment.ProcessId);
        Directory.CreateDirectory(_out);
        var report = Run(force: true);
        if (report.HasErrors || report.Jobs.Count == 0)
        {
            throw new InvalidOperationException("the sample build failed");
        }

        Console.WriteLine($"// sample build: {report.Jobs.Count} outputs");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark(Baseline = true)]
    public int ForcedRebuild() => Run(force: true).Jobs.Count;

    [Benchmark]
    public int NoOpRebuild() => Run(force: false).Jobs.Count;

    private BuildReport Run(bool force) =>
        new BuildRunner(Renderers.All(), Renderers.ReadingGate(RepoPaths.Content)).Run(new BuildOptions
        {
            ContentDir = RepoPaths.Content,
            TemplatesDir = RepoPaths.Templates,
            OutDir = _out,
            Force = force,
        });
}
