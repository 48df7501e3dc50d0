using System.CommandLine;
using NkHandouts.Build;
using NkHandouts.Diagnostics;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts build</c>: regenerate every handout into the output folder, incrementally and safely.</summary>
public static class BuildCommand
{
    /// <summary>More threads than this only add memory: each job holds a whole document.</summary>
    private const int MaxJobs = 256;
    private const int MaxLockWait = 3600;

    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var outDir = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "out" };
        var only = new Option<string?>("--only") { Description = "Build only outputs whose file name matches this glob, e.g. '*.a4.pdf'" };
        var force = new Option<bool>("--force") { Description = "Rebuild every output even when its inputs are unchanged" };
        var previews = new Option<bool>("--previews") { Description = "Also write PNG previews of every leaflet page and a contact sheet (<output>.previews/)" };
        var previewDpi = new Option<int>("--preview-dpi") { Description = "Resolution of the previews in dots per inch (10-600)", DefaultValueFactory = _ => 60 };
        var shard = new Option<string>("--shard") { Description = "Build only part i of n of the jobs (CI matrix), e.g. 2/4", DefaultValueFactory = _ => "1/1" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 on 'error' (default) or also on any 'warning' (notes, such as a report-only page check's findings, never fail a build)", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var lockWait = new Option<double>("--lock-wait") { Description = "Seconds to wait for another build on the same output folder", DefaultValueFactory = _ => 10 };
        var allowExpired = new Option<bool>("--allow-expired") { Description = "Write patient outputs even when the article's reviewBy date has passed (a warning instead of an error)" };
        var jobs = new Option<int>("--jobs") { Description = "Parallel jobs (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("build", "Generate every handout (leaflets, briefings) into the output folder")
        {
            content, templates, outDir, only, force, previews, previewDpi, shard, failOn, jobs, lockWait, allowExpired,
        };
        command.SetAction(parse =>
        {
            if (!Shard.TryParse(parse.GetValue(shard)!, out var shardValue))
            {
                context.Error.WriteLine($"nkhandouts: --shard must be i/n with 1 ≤ i ≤ n, not '{parse.GetValue(shard)}'");
                return ExitCodes.UsageOrIo;
            }

            if (parse.GetValue(previewDpi) is < 10 or > 600)
            {
                context.Error.WriteLine($"nkhandouts: --preview-dpi must be between 10 and 600, not {parse.GetValue(previewDpi)}");
                return ExitCodes.UsageOrIo;
            }

            if (parse.GetValue(jobs) is < 1 or > MaxJobs)
            {
                context.Error.WriteLine($"nkhandouts: --jobs must be a whole number from 1 to {MaxJobs}, not {parse.GetValue(jobs)} (default: the number of cores, {Environment.ProcessorCount})");
                return ExitCodes.UsageOrIo;
            }

            if (parse.GetValue(lockWait) is not (>= 0 and <= MaxLockWait))
            {
                context.Error.WriteLine($"nkhandouts: --lock-wait must be a number of seconds from 0 to {MaxLockWait}, not {parse.GetValue(lockWait).ToString(System.Globalization.CultureInfo.InvariantCulture)} (default: 10)");
                return ExitCodes.UsageOrIo;
            }

            if (OutputFolderPlace.Refusal(parse.GetValue(outDir)!, parse.GetValue(content)!, parse.GetValue(templates)!) is { } place)
            {
                context.Error.WriteLine($"nkhandouts: {place}");
                return ExitCodes.UsageOrIo;
            }

            if (!NkHandouts.Rendering.SourceDate.TryRead(null, out _, out var epochError))
            {
                context.Error.WriteLine($"nkhandouts: {epochError}");
                return ExitCodes.UsageOrIo;
            }

            var options = new BuildOptions
            {
                ContentDir = parse.GetValue(content)!,
                TemplatesDir = parse.GetValue(templates)!,
                OutDir = parse.GetValue(outDir)!,
                Only = parse.GetValue(only),
                Force = parse.GetValue(force),
                Previews = parse.GetValue(previews),
                PreviewDpi = parse.GetValue(previewDpi),
                Shard = shardValue,
                FailOn = parse.GetValue(failOn) == "warning" ? FailOn.Warning : FailOn.Error,
                MaxParallelism = parse.GetValue(jobs),
                AllowExpired = parse.GetValue(allowExpired),
                LockWait = TimeSpan.FromSeconds(parse.GetValue(lockWait)),
            };
            return Run(context, options);
        });
        return command;
    }

    internal static int Run(CliContext context, BuildOptions options)
    {
        BuildReport report;
        try
        {
            report = context.Interactive
                ? context.Console.Progress().AutoClear(true).Start(progress =>
                    Execute(options, new LiveProgress(progress.AddTask("Building handouts", maxValue: 1))))
                : Execute(options, new BuildProgress(context));
        }
        catch (BuildLockedException e)
        {
            context.Error.WriteLine($"nkhandouts: error {DiagnosticCodes.OutputLocked}: {Printable.Escape(e.Message)}");
            return ExitCodes.UsageOrIo;
        }
        catch (OutputFolderException e)
        {
            DiagnosticPrinter.Print(context, [e.Diagnostic]);
            return ExitCodes.UsageOrIo;
        }

        var all = report.Diagnostics.Concat(report.Jobs.SelectMany(j => j.Diagnostics)).ToList();
        DiagnosticPrinter.Print(context, all);
        BuildSummary.Write(context, report, options);
        if (all.Any(d => DiagnosticCodes.IsWriteFailure(d.Code)))
        {
            // The disk, not the content: exit 2 like any other file that cannot be written.
            return ExitCodes.UsageOrIo;
        }

        if (report.HasErrors)
        {
            return ExitCodes.ContentError;
        }

        return options.FailOn == FailOn.Warning && report.HasWarnings ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    private static BuildReport Execute(BuildOptions options, IBuildReporter reporter) =>
        new BuildRunner(Renderers.All(), Renderers.ReadingGate(options.ContentDir), reporter, Renderers.PageGate(), Renderers.Verifiers()).Run(options);
}
