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
            var workspace = Workspace.Load(parse.GetValue(content)!, parse.GetValue(templates)!, Renderers.Outputs);
            Render(context, workspace);
            return workspace.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
        });
        return command;
    }

    internal static void Render(CliContext context, Workspace workspace)
    {
        var articles = new Table().Title("Articles").AddColumns("Article", "Title", "Audience", "Sections", "Templates", "Status");
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
        context.Console.Write(templates);
    }
}
