using System.CommandLine;
using NkHandouts.Diagnostics;
using NkHandouts.Project;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts validate</c>: loads every article and template, prints every diagnostic and an outline.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var command = new Command("validate", "Load all content and templates and report every problem (exit 1 on errors)") { content, templates };
        command.SetAction(parse =>
        {
            var workspace = Workspace.Load(parse.GetValue(content)!, parse.GetValue(templates)!, Renderers.Outputs);

            // Template names an article asks for are checked here too, so a typo fails before a build.
            var references = new DiagnosticBag();
            foreach (var entry in workspace.Articles)
            {
                if (entry.Article is { } article)
                {
                    var used = workspace.Templates.For(article, references);
                    context.Output.WriteLine(Printable.Escape($"{entry.Path}: {article.Metadata.Title} ({article.Metadata.Audience}) -> {string.Join(", ", used.Select(t => t.Name))}"));
                    foreach (var section in article.Sections)
                    {
                        context.Output.WriteLine($"  - {Printable.Escape(section.Title)}");
                    }
                }
                else
                {
                    context.Output.WriteLine($"{Printable.Escape(entry.Path)}: not loaded");
                }
            }

            foreach (var t in workspace.Templates.All)
            {
                context.Output.WriteLine($"template {t.Name}: {Renderers.Outputs.LabelOf(t.Output)}, {string.Join("/", t.Page.Sizes.Select(s => s.Name))}, audiences {string.Join(", ", t.Audiences)}");
            }

            var all = workspace.Diagnostics.Concat(references.Items).ToList();
            DiagnosticPrinter.Print(context, all);
            context.Output.WriteLine($"validate: {workspace.Articles.Count} article(s), {workspace.Templates.All.Count()} template(s): {DiagnosticPrinter.Summary(all)}");
            return all.Any(d => d.IsError) ? ExitCodes.ContentError : ExitCodes.Ok;
        });
        return command;
    }
}
