using System.CommandLine;
using System.Reflection;
using NkHandouts.Diagnostics;
using NkHandouts.Verify;
using NkHandouts.Verify.Reports;

namespace NkHandouts.Cli.Commands;

/// <summary>A family of checks <c>verify</c> can run: always (no option) or when its flag is given.</summary>
public sealed record VerifyProfile(string? Option, string Description, Func<IPdfCheck> Create);

/// <summary>
/// <c>nkhandouts verify FILE.pdf…</c>: reads finished PDFs back, independently of the writer, and reports every
/// failure of the checks that apply (PDF/UA-1 always; others through their flags). Exit 0 when every file passes,
/// 1 when any finding, 2 when a file is missing. See docs/accessibility.md.
/// </summary>
public static class VerifyCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif"];

    public static Command Create(CliContext context, IReadOnlyList<VerifyProfile> profiles)
    {
        var files = new Argument<string[]>("file") { Description = "PDF files to check", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text, json or sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var command = new Command("verify", "Check finished PDFs against the standards they claim (PDF/UA-1: Matterhorn 1.1)") { files, format };
        var flags = new List<(Option<bool> Flag, VerifyProfile Profile)>();
        foreach (var p in profiles.Where(p => p.Option is not null))
        {
            var flag = new Option<bool>(p.Option!) { Description = p.Description };
            command.Options.Add(flag);
            flags.Add((flag, p));
        }

        command.SetAction(parse =>
        {
            var checks = profiles.Where(p => p.Option is null).Concat(flags.Where(f => parse.GetValue(f.Flag)).Select(f => f.Profile))
                .Select(p => p.Create()).ToList();
            return Run(context, parse.GetValue(files) ?? [], parse.GetValue(format)!, checks);
        });
        return command;
    }

    private static int Run(CliContext context, string[] files, string format, IReadOnlyList<IPdfCheck> checks)
    {
        var missing = files.Where(f => !File.Exists(f) || IO.FileKind.Special(f) is not null).ToList();
        foreach (var f in missing)
        {
            var kind = IO.FileKind.Special(f);
            context.Error.WriteLine($"{Printable.Escape(f)}: error {DiagnosticCodes.FileUnreadable}: {(kind is null ? "file not found" : $"it is {kind}, not a file; it is not read")}");
            context.Error.WriteLine("  hint: check the path; it is relative to the current folder");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.UsageOrIo;
        }

        var verifier = new PdfVerifier(checks);
        var verdicts = files.Select(f => verifier.Verify(f, File.ReadAllBytes(f))).ToList();
        switch (format)
        {
            case "json":
                context.Output.Write(VerifyJsonWriter.Write(verdicts));
                break;
            case "sarif":
                context.Output.Write(VerifySarifWriter.Write(verdicts, checks, ToolVersion()));
                break;
            default:
                var names = string.Join(", ", checks.Select(c => c.Name));
                foreach (var v in verdicts)
                {
                    if (v.Passed)
                    {
                        context.Output.WriteLine($"{v.Path}: pass ({names})");
                        continue;
                    }

                    context.Output.WriteLine($"{v.Path}: FAIL, {v.Findings.Count} finding(s) ({names})");
                    foreach (var f in v.Findings)
                    {
                        context.Output.WriteLine($"  {f.Check}/{f}");
                    }
                }

                break;
        }

        return verdicts.All(v => v.Passed) ? ExitCodes.Ok : ExitCodes.ContentError;
    }

    private static string ToolVersion() =>
        typeof(VerifyCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
