using NkHandouts.Build;
using NkHandouts.Content;
using NkHandouts.Pdf;
using NkHandouts.Project;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Verify.Tests;

/// <summary>
/// Renders, once per test run, every leaflet output the sample content builds (as the build plans them) and the
/// test articles (table, image, every construct) through each leaflet template. Files stay in
/// <c>/tmp/nkh-verify-&lt;clone&gt;</c> for a person to open (one folder per clone, so two clones' runs never mix).
/// </summary>
public static class Outputs
{
    /// <summary>Every output the sample templates name, so the workspace loads as the CLI loads it.</summary>
    private static readonly TemplateOutputs Registered = new([new PdfLeafletOutput(), new NkHandouts.Word.BriefingOutput()]);

    public static readonly string Folder = TempDir.PerClone("nkh-verify");

    private static readonly Lazy<IReadOnlyList<Rendered>> SampleOutputs = new(() =>
    {
        var workspace = Workspace.Load(Repo.Content, Repo.Templates, Registered);
        var plan = BuildPlanner.Plan(workspace, [new LeafletRenderer()], new BuildOptions { ContentDir = Repo.Content, TemplatesDir = Repo.Templates });
        return plan.Jobs.Select(j => Render(j.Plan)).ToList();
    });

    private static readonly Lazy<IReadOnlyList<Rendered>> TestArticleOutputs = new(() =>
    {
        var templates = TemplateCatalog.Load(Repo.Templates, Registered).All.Where(t => ((IRenderer)new LeafletRenderer()).CanRender(t)).ToList();
        var renderer = new LeafletRenderer();
        return Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Articles"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                var article = ArticleLoader.Load(path).Value ?? throw new InvalidOperationException($"{path} does not load");
                return templates.SelectMany(t => renderer.Plan(article, t));
            })
            .Select(Render).ToList();
    });

    /// <summary>Every leaflet file `nkhandouts build` makes from content/.</summary>
    public static IReadOnlyList<Rendered> Samples => SampleOutputs.Value;

    /// <summary>The table, image and every-construct articles in each leaflet template.</summary>
    public static IReadOnlyList<Rendered> TestArticles => TestArticleOutputs.Value;

    public static Rendered Render(OutputPlan plan)
    {
        Directory.CreateDirectory(Folder);
        using var stream = new MemoryStream();
        var result = new LeafletRenderer().Render(plan, RenderSettings.For(plan.Article), stream);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{plan.FileName}: {string.Join("\n", errors)}");
        }

        var path = Path.Combine(Folder, plan.FileName);
        File.WriteAllBytes(path, stream.ToArray());
        return new Rendered(plan, path, stream.ToArray(), result);
    }
}

public sealed record Rendered(OutputPlan Plan, string Path, byte[] Bytes, RenderResult Result)
{
    public bool ClaimsPdfUa => Result.Claims.Contains(PdfDocumentWriter.PdfUaClaim);

    public override string ToString() => Plan.FileName;
}
