using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary>
/// The accessible web handout for templates with <c>output: html-page</c>: one self-contained
/// <c>&lt;slug&gt;.&lt;template&gt;.html</c> per article (inline CSS, images as data URIs, no script), for patient
/// portals and for readers who use screen readers, magnifiers or phones.
/// </summary>
public sealed class HtmlRenderer : IRenderer
{
    public ITemplateOutput Output { get; } = new HtmlOutput();

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
        [new OutputPlan(article, template, $"{article.Slug}.{template.Name}.html", "html")];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        var diagnostics = new DiagnosticBag();
        var options = plan.Template.OptionsAs<HtmlOptions>();
        var bytes = new HtmlPage(plan.Article, plan.Template, options, settings, diagnostics).Write();
        if (!diagnostics.HasErrors)
        {
            destination.Write(bytes); // a page with a refused image is not written at all, never with a hole
        }

        return new RenderResult(0, diagnostics.Items);
    }
}
