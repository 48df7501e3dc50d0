using System.Diagnostics;
using BenchmarkDotNet.Running;
using NkHandouts.Benchmarks;

// `memory [pages] [runs]` renders one long document `runs` times (default once) and prints the figures of each run:
// wall time, and the process's CPU time, which a busy machine inflates far less. For `/usr/bin/time -v` (peak RSS).
if (args.Length > 0 && args[0] == "memory")
{
    var pages = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
    for (var run = 1; run <= runs; run++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (rendered, bytes) = LongDocument.Render(pages, Stream.Null);
        var seconds = watch.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"run={run} pages={rendered} bytes={bytes} seconds={seconds:0.00} pages/s={rendered / seconds:0} cpu-seconds={cpuSeconds:0.00} pages/cpu-s={rendered / cpuSeconds:0}");
    }

    return;
}

// `stages` times each stage of the sample build cold, then warm, in one fresh process.
if (args.Length > 0 && args[0] == "stages")
{
    ColdStages.Run();
    return;
}

// `serve [runs] [all|screen]` rebuilds the patient article in the preview server `runs` times (as ServeBenchmarks:
// every file, or the file on screen) and prints each run's wall time and the process's CPU time, which a busy machine
// inflates far less: on two idle cores the wall time approaches half the CPU time.
if (args.Length > 0 && args[0] == "serve")
{
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    var screen = args.Length > 2 && args[2] == "screen";
    var serve = new ServeBenchmarks();
    serve.Setup();
    try
    {
        for (var run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            _ = screen ? serve.PatientArticleOnScreen() : serve.PatientArticleRebuild();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"run={run} {(screen ? "screen" : "all")} seconds={watch.Elapsed.TotalSeconds:0.000} cpu-seconds={cpuSeconds:0.000}");
        }
    }
    finally
    {
        serve.Cleanup();
    }

    return;
}

// Not typeof(Program): the CLI's top-level Program is public since it references ASP.NET Core (serve), and would clash.
BenchmarkSwitcher.FromAssembly(typeof(BuildBenchmarks).Assembly).Run(args);
