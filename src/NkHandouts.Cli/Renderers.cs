using NkHandouts.Build;
using NkHandouts.Rendering;

namespace NkHandouts.Cli;

/// <summary>The concrete renderers, reading-level gate and page check the CLI wires into the build. The only place that knows
/// every output format.</summary>
public static class Renderers
{
    public static IReadOnlyList<IRenderer> All() => [new NkHandouts.Word.BriefingRenderer(), new NkHandouts.Pdf.LeafletRenderer(new NkHandouts.Preview.LeafletPreviewer())];

    public static IReadingGate ReadingGate(string contentDir) => new ReadingGate(contentDir);

    public static IPageGate PageGate() => new PageGate();
}
