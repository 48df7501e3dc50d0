using System.Diagnostics;
using NkHandouts.Content;
using NkHandouts.Project;
using NkHandouts.Rendering;

namespace NkHandouts.Benchmarks;

/// <summary>
/// Where a cold process spends its time: each stage of the sample build run once cold and once warm, on one thread,
/// timed with a stopwatch. The difference is start-up cost (JIT, type loading, first-use caches), the part a
/// ReadyToRun publish can remove. Guidance for profiling, not a benchmark: run it a few times.
/// </summary>
public static class ColdStages
{
    public static void Run()
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine("stage                       cold ms   warm ms");
        Workspace workspace = null!;
        Time("workspace load", () => workspace = Workspace.Load(RepoPaths.Content, RepoPaths.Templates, NkHandouts.Cli.Renderers.Outputs));
        var renderers = NkHandouts.Cli.Renderers.All();
        var articles = workspace.Articles.Select(a => a.Article!).ToList();
        var policyTemplate = workspace.Templates.All.First();
        foreach (var article in articles)
        {
            // A fresh gate each time: the gate caches one analysis per article.
            Time("reading level " + Short(article), () => NkHandouts.Cli.Renderers.ReadingGate(RepoPaths.Content).Evaluate(article, policyTemplate.PolicyFor(article.Metadata.Audience)));
        }

        foreach (var template in workspace.Templates.All)
        {
            var renderer = renderers.First(r => r.CanRender(template));
            foreach (var article in articles)
            {
                foreach (var plan in renderer.Plan(article, template))
                {
                    Time(plan.FileName.Replace("nk-cell-therapy-myths", "nk", StringComparison.Ordinal), () =>
                    {
                        using var buffer = new MemoryStream();
                        renderer.Render(plan, RenderSettings.For(article), buffer);
                    });
                }
            }
        }

        Console.WriteLine($"total {total.Elapsed.TotalMilliseconds:0} ms (process start not included)");
    }

    private static string Short(Article article) => Path.GetFileNameWithoutExtension(article.Path).Replace("nk-cell-therapy-myths", "nk", StringComparison.Ordinal);

    private static void Time(string stage, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        var cold = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        action();
        Console.WriteLine($"{stage,-44} {cold,8:0.0} {watch.Elapsed.TotalMilliseconds,9:0.0}");
    }
}
