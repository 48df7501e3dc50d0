using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Project;
using NkHandouts.Readiness.Items;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts check ARTICLE.md --items</c>: the PEMAT-P and CDC Clear Communication Index items a program
/// can judge, with evidence and locations, the estimates, and the items a person must review. Informational: exit 0
/// unless an article cannot be read.</summary>
internal static class ItemCheckRunner
{
    public static int Run(CliContext context, IReadOnlyList<string> paths, string contentDir, string? glossaryPath, string format)
    {
        var files = paths.Count > 0 ? paths.ToList() : Workspace.FindArticles(contentDir).ToList();
        var path = glossaryPath ?? Path.Combine(contentDir, "glossary.yaml");
        var glossaryDiagnostics = new DiagnosticBag();
        var glossary = glossaryPath is not null || File.Exists(path) ? GlossaryLoader.Load(path, glossaryDiagnostics) : Glossary.Empty;
        DiagnosticPrinter.Print(context, glossaryDiagnostics.Items);

        var reports = new List<ItemReport>();
        foreach (var file in files)
        {
            var diagnostics = new DiagnosticBag();
            var text = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? SourceFile.ReadText(file, diagnostics) : null;
            var article = text is null ? null : ArticleLoader.Parse(text, file, ArticleLoadOptions.Default, diagnostics).Value;
            if (text is null && !diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(file), "--items judges Markdown articles only", "pass a .md article");
            }

            DiagnosticPrinter.Print(context, diagnostics.Items);
            if (article is null)
            {
                return ExitCodes.ContentError;
            }

            var reading = new ReadingAnalyzer(glossary: glossary).Analyze(TextDocument.FromArticle(article, text!));
            reports.Add(ItemAnalyzer.Analyze(article, reading, glossary));
        }

        if (format == "json")
        {
            context.Output.Write(ItemJsonWriter.Write(reports, asArray: reports.Count > 1));
        }
        else
        {
            foreach (var r in reports)
            {
                ItemCheckView.Render(context, r);
            }
        }

        return ExitCodes.Ok;
    }
}
