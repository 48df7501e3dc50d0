using NkHandouts.Content;
using NkHandouts.Templates;

namespace NkHandouts.Rendering;

/// <summary>
/// Turns an article and a template into output files. The build pipeline knows only this interface; the PDF leaflet
/// and Word briefing renderers implement it and never know of each other.
/// </summary>
public interface IRenderer
{
    /// <summary>True for the template kinds this renderer makes.</summary>
    bool CanRender(Template template);

    /// <summary>The files this article/template pair yields (e.g. A4 and Letter, screen and print variants).</summary>
    IReadOnlyList<OutputPlan> Plan(Article article, Template template);

    /// <summary>Writes one planned output to <paramref name="destination"/>. Must be deterministic: the same plan and
    /// settings give the same bytes, whatever the clock, time zone or culture.</summary>
    RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination);
}
