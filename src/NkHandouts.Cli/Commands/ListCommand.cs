using System.CommandLine;
using NkHandouts.Content;
using NkHandouts.Project;
using Spectre.Console;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts list</c>: the articles and templates found, with their status and sections.</summary>
public static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var command = new Command("list", "List the articles and templates found, with their status") { content, templates };
        command.SetAction(parse =>
        {
            if (!NkHandouts.Rendering.SourceDate.TryRead(null, out _, out var epochError))
            {
                context.Error.WriteLine($"nkhandouts: {epochError}");
                return ExitCodes.UsageOrIo;
            }

            var workspace = Workspace.Load(parse.GetValue(content)!, parse.GetValue(templates)!, Renderers.Outputs);
            Render(context, workspace);

            // The table counts problems; exit 1 must also say what they are (standard error, as validate prints them).
            DiagnosticPrinter.Print(context, workspace.Diagnostics.Where(d => d.IsError));
            return workspace.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"—" for an original; for a translation, its source and whether it is up to date and reviewed.</summary>
    private static string Translation(Article a) => TranslationFreshness.Check(a) switch
    {
        null => "—",
        { State: TranslationState.Current } t => $"of {Markup.Escape(Path.GetFileName(t.SourcePath))}: [green]up to date[/]" + (a.Metadata.TranslationOf!.Reviewed ? "" : ", [yellow]not reviewed[/]"),
        { State: TranslationState.Stale } t => $"of {Markup.Escape(Path.GetFileName(t.SourcePath))}: [red]OUTDATED[/] (source changed)",
        var t => $"of {Markup.Escape(t.SourcePath)}: [red]source missing[/]",
    };

    internal static void Render(CliContext context, Workspace workspace)
    {
        if (!context.Interactive)
        {
            RenderLines(context, workspace);
            return;
        }

        var articles = new Table().Title("Articles").AddColumns("Article", "Title", "Audience", "Sections", "Templates", "Approval", "Review by", "Days left", "Translation", "Status");
        foreach (var entry in workspace.Articles)
        {
            var a = entry.Article;
            var errors = entry.Diagnostics.Count(d => d.IsError);
            var warnings = entry.Diagnostics.Count - errors;
            var status = errors > 0 ? $"[red]{errors} error(s)[/]" : warnings > 0 ? $"[yellow]{warnings} warning(s)[/]" : "[green]ok[/]";
            articles.AddRow(
                Markup.Escape(entry.Path),
                Markup.Escape(a?.Metadata.Title ?? "—"),
                Markup.Escape(a?.Metadata.Audience ?? "—"),
                Markup.Escape(a is null ? "—" : string.Join("\n", a.Sections.Select(s => s.Title))),
                Markup.Escape(a is null ? "—" : string.Join(", ", workspace.Templates.For(a, new Diagnostics.DiagnosticBag()).Select(t => t.Name))),
                Markup.Escape(a is null ? "—" : Approval(a.Metadata)),
                a?.Metadata.ReviewBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                a is null ? "—" : DaysLeft(a.Metadata) is { } d ? (d < 0 ? $"[red]{d}[/]" : d <= Governance.WarnDays ? $"[yellow]{d}[/]" : d.ToString(System.Globalization.CultureInfo.InvariantCulture)) : "—",
                a is null ? "—" : Translation(a),
                status);
        }

        var templates = new Table().Title("Templates").AddColumns("Template", "Output", "Audiences", "Sizes", "Status");
        foreach (var t in workspace.Templates.All)
        {
            templates.AddRow(
                Markup.Escape(t.Name),
                Markup.Escape(Renderers.Outputs.LabelOf(t.Output)),
                Markup.Escape(string.Join(", ", t.Audiences)),
                Markup.Escape(string.Join(", ", t.Page.Sizes.Select(s => s.Name))),
                "[green]ok[/]");
        }

        foreach (var name in workspace.Templates.Failed)
        {
            templates.AddRow(Markup.Escape(name), "—", "—", "—", "[red]error(s)[/]");
        }

        context.Console.Write(articles);
        WriteTranslationProblems(context, workspace);
        context.Console.Write(templates);
    }

    /// <summary>Both paths in full on a line of their own, so neither is cut by a table's width.</summary>
    private static void WriteTranslationProblems(CliContext context, Workspace workspace)
    {
        foreach (var stale in workspace.Articles.Where(e => e.Article is not null).Select(e => TranslationFreshness.Check(e.Article!)).OfType<TranslationStatus>().Where(t => t.State != TranslationState.Current))
        {
            context.Output.WriteLine(Diagnostics.Printable.Escape(stale.State == TranslationState.Stale
                ? $"outdated translation: {stale.TranslationPath} was made from an older {stale.SourcePath}"
                : $"translation {stale.TranslationPath}: source {stale.SourcePath} not found"));
        }
    }

    /// <summary>"approved (Dr X, 2026-01-10)", "review" or "draft".</summary>
    private static string Approval(ArticleMetadata m) =>
        m.Status == Governance.Approved
            ? $"approved ({m.ApprovedBy}, {m.Approved?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})"
            : m.Status;

    /// <summary>Days to the review date, counted from SOURCE_DATE_EPOCH's day when set, else today (UTC).</summary>
    private static int? DaysLeft(ArticleMetadata m) => Governance.DaysLeft(m, NkHandouts.Rendering.SourceDate.Today());

    /// <summary>Piped or CI: one whole line per article and per template (a table would wrap names mid-word).</summary>
    private static void RenderLines(CliContext context, Workspace workspace)
    {
        foreach (var entry in workspace.Articles)
        {
            var a = entry.Article;
            var errors = entry.Diagnostics.Count(d => d.IsError);
            var warnings = entry.Diagnostics.Count - errors;
            var status = errors > 0 ? $"{errors} error(s)" : warnings > 0 ? $"{warnings} warning(s)" : "ok";
            var templates = a is null ? "-" : string.Join(",", workspace.Templates.For(a, new Diagnostics.DiagnosticBag()).Select(t => t.Name));
            var review = a?.Metadata.ReviewBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            var left = a is not null && DaysLeft(a.Metadata) is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
            context.Output.WriteLine(Diagnostics.Printable.Escape(
                $"article {entry.Path}: {status}; audience={a?.Metadata.Audience ?? "-"} status={(a is null ? "-" : Approval(a.Metadata).Replace(' ', '_'))} reviewBy={review} daysLeft={left} " +
                $"templates={(templates.Length == 0 ? "-" : templates)}{(a is null || TranslationFreshness.Check(a) is null ? "" : " translation=\"" + Markup.Remove(Translation(a)) + "\"")} title=\"{a?.Metadata.Title ?? ""}\""));
        }

        WriteTranslationProblems(context, workspace);
        foreach (var t in workspace.Templates.All)
        {
            context.Output.WriteLine(Diagnostics.Printable.Escape(
                $"template {t.Name}: ok; output={Renderers.Outputs.LabelOf(t.Output)} audiences={string.Join(",", t.Audiences)} sizes={string.Join(",", t.Page.Sizes.Select(s => s.Name))}"));
        }

        foreach (var name in workspace.Templates.Failed)
        {
            context.Output.WriteLine(Diagnostics.Printable.Escape($"template {name}: error(s)"));
        }
    }
}
