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
        Articles.SelectMany(a => a.Diagnostics).Concat(ContentDiagnostics).Concat(Templates.Diagnostics);

    /// <summary>Problems with the content folder itself: its glossary, links that are not followed.</summary>
    public IReadOnlyList<Diagnostic> ContentDiagnostics { get; init; } = [];

    /// <summary>The terms of content/glossary.yaml (empty without one): the reading check's jargon list, and words
    /// outputs never hyphenate.</summary>
    public IReadOnlyList<string> GlossaryTerms { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Markdown files that are articles: every <c>*.md</c> below the content folder except README files.</summary>
    public static IReadOnlyList<string> FindArticles(string contentRoot) => FindArticles(contentRoot, new DiagnosticBag());

    /// <summary>
    /// Walks the content folder without following symbolic links to folders (a link loop would be walked ~40 deep,
    /// a link elsewhere would pull in foreign files); an article that is a link to a file outside the content folder
    /// is refused like an image would be. Each link not followed is reported where it is.
    /// </summary>
    public static IReadOnlyList<string> FindArticles(string contentRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentRoot))
        {
            return [];
        }

        var rootFull = Path.GetFullPath(contentRoot);
        var found = new List<string>();
        var pending = new Stack<string>([contentRoot]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var dir in Directory.EnumerateDirectories(folder))
            {
                var info = new DirectoryInfo(dir);
                if (info.LinkTarget is not null)
                {
                    diagnostics.Error(DiagnosticCodes.LinkNotFollowed, SourceLocation.FileOnly(Relative(dir)),
                        $"folder link '{Relative(dir)}' -> '{info.LinkTarget}' is not followed; articles in it are not read",
                        "keep articles in real folders under the content folder (a folder link can loop, or read the same article twice)");
                    continue;
                }

                pending.Push(dir);
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
            {
                if (Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var info = new FileInfo(file);
                if (info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null || !IO.ProjectPath.IsInside(rootFull, Path.GetFullPath(target.FullName)))
                    {
                        diagnostics.Error(DiagnosticCodes.LinkNotFollowed, SourceLocation.FileOnly(Relative(file)),
                            $"'{Relative(file)}' is a symbolic link to '{info.LinkTarget}', outside the content folder; it is not read",
                            "copy the article into the content folder instead of linking to it");
                        continue;
                    }
                }

                found.Add(file);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);

    /// <param name="checks">When each template's costly checks run: a build asks for
    /// <see cref="TemplateUseChecks.WhenUsed"/>, validate and list for every check now.</param>
    public static Workspace Load(string contentRoot, string templatesRoot, TemplateOutputs outputs, TemplateUseChecks checks = TemplateUseChecks.AtLoad)
    {
        var options = ArticleLoadOptions.Default with { ContentRoot = Path.GetFullPath(contentRoot) };
        var articles = new List<ArticleEntry>();
        if (!Directory.Exists(contentRoot))
        {
            var missing = new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable, SourceLocation.FileOnly(contentRoot), "content folder not found", "run from the project root or pass --content DIR");
            articles.Add(new ArticleEntry(contentRoot, null, [missing]));
        }

        var folderDiagnostics = new DiagnosticBag();
        foreach (var path in FindArticles(contentRoot, folderDiagnostics))
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            var result = ArticleLoader.Load(relative, options);
            var diagnostics = result.Diagnostics;
            if (result.Value is { } article && TranslationFreshness.Check(article) is { State: not TranslationState.Current } translation)
            {
                // A stale translation warns here (validate, list, build); a template can make it an error for its outputs.
                diagnostics = [.. diagnostics, translation.ToDiagnostic(Severity.Warning)];
            }

            articles.Add(new ArticleEntry(relative, result.Value, diagnostics));
        }

        // The glossary feeds the reading check of every output: a broken one must fail validate and build, not only check.
        var glossary = Path.Combine(contentRoot, GlossaryFile.Name);
        var terms = File.Exists(glossary) ? GlossaryFile.Read(Relative(glossary), folderDiagnostics).Select(e => e.Term).ToList() : [];

        return new Workspace(contentRoot, templatesRoot, articles, TemplateCatalog.Load(templatesRoot, outputs, checks)) { ContentDiagnostics = folderDiagnostics.Items, GlossaryTerms = terms };
    }
}

/// <summary>One article file: the article when it loaded, and what loading it said.</summary>
public sealed record ArticleEntry(string Path, Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Loaded => Article is not null;
}
