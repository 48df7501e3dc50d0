using NkHandouts.Content;
using NkHandouts.Templates;

namespace NkHandouts.Rendering;

/// <summary>
/// Turns an article and a template into output files. The build pipeline knows only this interface; each renderer
/// declares the <c>output:</c> it serves and reads its own template section (<see cref="Output"/>), and renderers
/// never know of each other. The CLI registers them (src/NkHandouts.Cli/Renderers.cs).
/// </summary>
public interface IRenderer
{
    /// <summary>The output this renderer makes: its <c>output:</c> key, label and template section.</summary>
    ITemplateOutput Output { get; }

    /// <summary>True for templates whose <c>output:</c> is this renderer's.</summary>
    bool CanRender(Template template) => template.Output == Output.Key;

    /// <summary>False for a planned file that is not read page by page — a booklet's imposed press sheets, whose reading
    /// pages are another planned file — so the build's page check (type, line length, empty space per reading page)
    /// does not judge it.</summary>
    bool HasReadingPages(OutputPlan plan) => true;

    /// <summary>The files this article/template pair yields (e.g. A4 and Letter, screen and print variants).</summary>
    IReadOnlyList<OutputPlan> Plan(Article article, Template template);

    /// <summary>Writes one planned output to <paramref name="destination"/>. Must be deterministic: the same plan and
    /// settings give the same bytes, whatever the clock, time zone or culture.</summary>
    RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination);
}
