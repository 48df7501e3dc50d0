using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Project;

/// <summary>All articles under the content folder and all templates under the templates folder, loaded once.</summary>
public sealed record Workspace(
    string ContentRoot,
    string TemplatesRoot,
    IReadOnlyList<ArticleEntry> Articles,
    TemplateCatalog Templates)
{
    public IEnumerable<Diagnostic> Diagnostics =>
        Articles.SelectMany(a => a.Diagnostics).Concat(Templates.Diagnostics);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Markdown files that are articles: every <c>*.md</c> below the content folder except README files.</summary>
    public static IReadOnlyList<string> FindArticles(string contentRoot) =>
        Directory.Exists(contentRoot)
            ? Directory.EnumerateFiles(contentRoot, "*.md", SearchOption.AllDirectories)
                .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static Workspace Load(string contentRoot, string templatesRoot, TemplateOutputs outputs)
    {
        var options = ArticleLoadOptions.Default with { ContentRoot = Path.GetFullPath(contentRoot) };
        var articles = new List<ArticleEntry>();
        if (!Directory.Exists(contentRoot))
        {
            var missing = new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(contentRoot), "content folder not found", "run from the project root or pass --content DIR");
            articles.Add(new ArticleEntry(contentRoot, null, [missing]));
        }

        foreach (var path in FindArticles(contentRoot))
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            var result = ArticleLoader.Load(relative, options);
            articles.Add(new ArticleEntry(relative, result.Value, result.Diagnostics));
        }

        return new Workspace(contentRoot, templatesRoot, articles, TemplateCatalog.Load(templatesRoot, outputs));
    }
}

/// <summary>One article file: the article when it loaded, and what loading it said.</summary>
public sealed record ArticleEntry(string Path, Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Loaded => Article is not null;
}
