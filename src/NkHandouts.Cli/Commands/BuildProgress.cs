using System.Globalization;
using NkHandouts.Build;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>Line-by-line progress: one line per finished job, safe to read in CI logs. On a terminal the lines carry
/// colour; the order is the order jobs finish.</summary>
internal sealed class BuildProgress(CliContext context) : IBuildReporter
{
    private readonly Lock _gate = new();
    private int _total;
    private int _done;

    public void Planned(int jobs)
    {
        _total = jobs;
        context.Output.WriteLine($"build: {jobs} output(s) planned");
    }

    public void Finished(JobResult result)
    {
        lock (_gate)
        {
            _done++;
            var status = result.Status switch
            {
                JobStatus.Built => "built",
                JobStatus.Unchanged => "unchanged",
                _ => "FAILED",
            };
            var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            var line = $"[{_done}/{_total}] {status,-9} {result.FileName} ({ms} ms)";
            if (result.Message is not null)
            {
                line += $": {result.Message}";
            }

            if (context.Interactive)
            {
                var colour = result.Status switch { JobStatus.Built => "green", JobStatus.Unchanged => "grey", _ => "red" };
                context.Console.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
            }
            else
            {
                context.Output.WriteLine(line);
            }
        }
    }
}
