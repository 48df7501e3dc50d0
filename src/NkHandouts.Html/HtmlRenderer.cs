using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary>
/// The accessible web handout: one self-contained <c>&lt;slug&gt;.&lt;template&gt;.html</c> per article (inline CSS,
/// images as data URIs, no script), for patient portals and for readers who use screen readers or magnifiers.
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>The <c>output:</c> value of the templates this renderer makes.</summary>
    public const string Output = "html-page";

    private readonly Func<Template, HtmlOptions> _options;

    /// <param name="options">The template's <c>web:</c> options (defaults when null).</param>
    public HtmlRenderer(Func<Template, HtmlOptions>? options = null) => _options = options ?? (_ => new HtmlOptions());

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
        [new OutputPlan(article, template, $"{article.Slug}.{template.Name}.html", "html")];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = new HtmlPage(plan.Article, plan.Template, _options(plan.Template), settings, diagnostics).Write();
        if (!diagnostics.HasErrors)
        {
            destination.Write(bytes);
        }

        return new RenderResult(0, diagnostics.Items);
    }
}
