using NkHandouts.Templates;

namespace NkHandouts.Rendering;

/// <summary>Helpers over the renderers a run registers.</summary>
public static class RendererSet
{
    /// <summary>The template outputs the renderers declare, for loading templates.</summary>
    public static TemplateOutputs Outputs(this IEnumerable<IRenderer> renderers) => new(renderers.Select(r => r.Output));
}
