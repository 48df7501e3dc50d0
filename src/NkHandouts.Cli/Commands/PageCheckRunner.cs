using System.CommandLine;
using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.Readiness;
using NkHandouts.Readiness.Pages;
using NkHandouts.Readiness.Policy;
using NkHandouts.Readiness.Reports;
using NkHandouts.Templates;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// <c>nkhandouts check out/x.pdf</c>: the page-level check of finished PDFs. The policy is the one of the template
/// that made the file (named in its Creator) or <c>--template</c>, for <c>--audience</c> or the template's first
/// audience. Exit 1 when an enforced policy fails.
/// </summary>
internal static class PageCheckRunner
{
    public static int Run(CliContext context, IReadOnlyList<string> files, string? audience, string? templateName, string format, string templatesDir, string toolVersion)
    {
        var catalog = TemplateCatalog.Load(templatesDir, Renderers.Outputs);
        var results = new List<PageCheckResult>();
        foreach (var file in files)
        {
            if (IO.FileKind.Special(file) is { } kind)
            {
                context.Error.WriteLine($"{Printable.Escape(file)}: error {DiagnosticCodes.FileUnreadable}: it is {kind}, not a file; it is not read");
                return ExitCodes.UsageOrIo;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"{file}: error {DiagnosticCodes.FileUnreadable}: cannot read the file: {e.Message}");
                return ExitCodes.UsageOrIo;
            }

            if (!PageCheck.IsPdf(bytes))
            {
                context.Error.WriteLine($"{file}: error {DiagnosticCodes.FileUnreadable}: not a PDF file");
                return ExitCodes.UsageOrIo;
            }

            string? name;
            try
            {
                name = templateName ?? PdfProducer.TemplateName(bytes);
            }
            catch (Readiness.Pages.UnreadablePdfException e)
            {
                return DamagedPdf.Report(context, file, e);
            }

            Template? template = null;
            if (name is not null && !catalog.TryGet(name, out template) && templateName is not null)
            {
                DiagnosticPrinter.Print(context, catalog.Diagnostics);
                return TemplateNotLoaded.Report(context, catalog, templatesDir, templateName);
            }

            var who = audience ?? template?.Audiences.FirstOrDefault();
            var policy = who is null ? PagePolicy.ReportOnly : template?.PagePolicyFor(who) ?? PagePolicy.DefaultFor(who);
            try
            {
                results.Add(PageCheck.Run(file, bytes, policy, who));
            }
            catch (Readiness.Pages.UnreadablePdfException e)
            {
                return DamagedPdf.Report(context, file, e);
            }
        }

        switch (format)
        {
            case "json":
                context.Output.Write(PageJsonWriter.Write(results, asArray: results.Count > 1));
                break;
            case "sarif":
                context.Output.Write(PageSarifWriter.Write(results, toolVersion));
                break;
            default:
                foreach (var r in results)
                {
                    Render(context, r);
                }

                break;
        }

        return results.Any(r => r.Verdict == "fail") ? ExitCodes.ContentError : ExitCodes.Ok;
    }

    private static void Render(CliContext context, PageCheckResult r)
    {
        var colour = r.Verdict switch { "pass" => "green", "fail" => "red", _ => "blue" };
        var verdict = r.Verdict == "report" ? (r.Broken ? "REPORT ONLY (limits broken)" : "REPORT ONLY") : r.Verdict.ToUpperInvariant();
        var table = new ReportTable($"{Markup.Escape(r.File)} — [{colour}]{verdict}[/] (policy: {Markup.Escape(r.Audience ?? "none")})",
            "Page", "Body pt", "Smallest", "Headings", "Chars/line med/p90", "Words/line", "Spacing", "Min contrast", "Justified", "CAPS runs", "Italic %", "Empty %", "Words/heading");
        foreach (var p in r.Pages)
        {
            var worst = p.Contrast.Count == 0 ? "—" : p.Contrast.Min(c => c.Ratio).ToString("0.0", CultureInfo.InvariantCulture) + ":1";
            table.Row(
                I(p.Page), D(p.BodySize), D(p.SmallestSize), p.HeadingSizes.Count == 0 ? "—" : string.Join("/", p.HeadingSizes.Select(h => D(h))),
                p.CharsPerLine.Count == 0 ? "—" : $"{D(p.CharsPerLine.Median)}/{D(p.CharsPerLine.P90)}",
                p.WordsPerLine.Count == 0 ? "—" : $"{D(p.WordsPerLine.Median)}/{D(p.WordsPerLine.P90)}",
                D(p.LineSpacing), worst, I(p.JustifiedLines), I(p.CapsRuns.Count), D(p.ItalicPercent), D(p.EmptyPercent), I(p.WordsBetweenHeadings));
        }

        table.Write(context);
        if (r.Reading is { } reading)
        {
            context.Output.WriteLine(NkHandouts.Diagnostics.Printable.Escape(reading));
        }

        foreach (var f in r.Findings.Where(f => f.Level != FindingLevel.Note))
        {
            var level = f.Level == FindingLevel.Error ? "[red]error[/]" : "[yellow]warning[/]";
            var line = $"{level} {f.RuleId}: {Markup.Escape(f.Message)}";
            if (context.Interactive)
            {
                context.Console.MarkupLine(line);
            }
            else
            {
                // Spectre would wrap a long message at the console width; piped, a finding stays one line.
                context.Output.WriteLine(NkHandouts.Diagnostics.Printable.Escape(Markup.Remove(line)));
            }
        }
    }

    private static string D(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
