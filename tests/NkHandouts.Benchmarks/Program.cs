using System.Diagnostics;
using BenchmarkDotNet.Running;
using NkHandouts.Benchmarks;

// `memory [pages]` renders one long document once and prints the figures, for `/usr/bin/time -v` (peak RSS).
if (args.Length > 0 && args[0] == "memory")
{
    var pages = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var watch = Stopwatch.StartNew();
    var (rendered, bytes) = LongDocument.Render(pages, Stream.Null);
    Console.WriteLine($"pages={rendered} bytes={bytes} seconds={watch.Elapsed.TotalSeconds:0.00} pages/s={rendered / watch.Elapsed.TotalSeconds:0}");
    return;
}

// `stages` times each stage of the sample build cold, then warm, in one fresh process.
if (args.Length > 0 && args[0] == "stages")
{
    ColdStages.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
