using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Word;

/// <summary>Makes the editable Word briefing for templates with <c>output: docx-briefing</c>: one
/// <c>&lt;slug&gt;.&lt;template&gt;.docx</c> per article.</summary>
public sealed class BriefingRenderer : IRenderer
{
    public ITemplateOutput Output { get; } = new BriefingOutput();

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
        [new OutputPlan(article, template, $"{article.Slug}.{template.Name}.docx", "docx")];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination) =>
        new(0, BriefingWriter.Write(plan.Article, plan.Template, settings, destination));
}
