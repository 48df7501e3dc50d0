using NkHandouts.Build;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>A Spectre progress bar for builds on a terminal; the summary table follows when it is done.</summary>
internal sealed class LiveProgress(ProgressTask task) : IBuildReporter
{
    private readonly Lock _gate = new();

    public void Planned(int jobs)
    {
        task.MaxValue = Math.Max(1, jobs);
        if (jobs == 0)
        {
            task.Value = 1;
        }
    }

    public void Finished(JobResult result)
    {
        lock (_gate)
        {
            task.Description = Markup.Escape(result.FileName);
            task.Increment(1);
        }
    }
}
