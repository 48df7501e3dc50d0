using System.Globalization;
using NkHandouts.Build;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>The table printed after a build: output, pages, size, grade, reading verdict, page-check ("layout") verdict, time.</summary>
internal static class BuildSummary
{
    public static void Write(CliContext context, BuildReport report, BuildOptions options)
    {
        if (context.Interactive)
        {
            WriteTable(context, report);
        }
        else
        {
            // Piped or CI: one whole line per output (a table would wrap file names mid-word), fields as key=value.
            foreach (var j in report.Jobs)
            {
                context.Output.WriteLine(string.Join(' ',
                    j.Status switch { JobStatus.Built => "built", JobStatus.Unchanged => "unchanged", _ => "failed" },
                    NkHandouts.Diagnostics.Printable.Escape(j.FileName),
                    "pages=" + (j.Pages > 0 ? j.Pages.ToString(CultureInfo.InvariantCulture) : "-"),
                    "size=" + (j.Bytes > 0 ? j.Bytes.ToString(CultureInfo.InvariantCulture) : "-"),
                    "grade=" + (j.Reading?.Grade is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "-"),
                    "reading=" + (j.Reading?.Verdict ?? "-"),
                    "layout=" + (j.PageCheck?.Summary ?? "-").Replace(' ', '_'),
                    "ms=" + j.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)));
            }
        }

        WriteTotals(context, report, options);
    }

    private static void WriteTable(CliContext context, BuildReport report)
    {
        var table = new Table().AddColumns("Output", "Status", "Pages", "Size", "Grade", "Reading", "Layout", "Time");
        foreach (var j in report.Jobs)
        {
            table.AddRow(
                Markup.Escape(j.FileName),
                j.Status switch { JobStatus.Built => "[green]built[/]", JobStatus.Unchanged => "unchanged", _ => "[red]failed[/]" },
                j.Pages > 0 ? j.Pages.ToString(CultureInfo.InvariantCulture) : "—",
                j.Bytes > 0 ? FormatSize(j.Bytes) : "—",
                j.Reading?.Grade is { } g ? g.ToString("0.0", CultureInfo.InvariantCulture) : "—",
                Markup.Escape(j.Reading?.Verdict ?? "—"),
                Markup.Escape(j.PageCheck?.Summary ?? "—"),
                j.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms");
        }

        context.Console.Write(table);
    }

    private static void WriteTotals(CliContext context, BuildReport report, BuildOptions options)
    {
        var built = report.Jobs.Count(j => j.Status == JobStatus.Built);
        var unchanged = report.Jobs.Count(j => j.Status == JobStatus.Unchanged);
        var failed = report.Jobs.Count(j => j.Status == JobStatus.Failed);
        var loadErrors = report.Diagnostics.Count(d => d.IsError);
        var line = $"build: {built} built, {unchanged} unchanged, {failed} failed, {loadErrors} input error(s) -> {options.OutDir}";
        if (report.LeftoversRemoved > 0)
        {
            line += $" (removed {report.LeftoversRemoved} temporary file(s) left by an interrupted build)";
        }

        context.Output.WriteLine(line);
        var broken = report.Jobs.Where(j => j.PageCheck is { Verdict: "report", Reasons.Count: > 0 }).ToList();
        if (broken.Count > 0)
        {
            // Report-only policies never stop a build; say plainly that their limits are broken and where to look.
            context.Output.WriteLine($"page check: {broken.Count} output(s) break their template's page limits (report only: each limit is a note on standard error), e.g. 'nkhandouts check {Path.Combine(options.OutDir, broken[0].FileName)}'");
        }
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
