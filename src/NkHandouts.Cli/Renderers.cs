using NkHandouts.Build;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Cli;

/// <summary>The concrete renderers, reading-level gate and page check the CLI wires into the build: the only place
/// that knows every output. A new output is one project and one line in <see cref="All"/> (its renderer declares its
/// <c>output:</c> key and reads its own template section).</summary>
public static class Renderers
{
    public static IReadOnlyList<IRenderer> All() =>
    [
        new NkHandouts.Word.BriefingRenderer(),
        new NkHandouts.Pdf.LeafletRenderer(new NkHandouts.Preview.LeafletPreviewer()),
    ];

    /// <summary>The <c>output:</c> keys and template sections of <see cref="All"/>, for loading templates.</summary>
    public static TemplateOutputs Outputs { get; } = All().Outputs();

    public static IReadingGate ReadingGate(string contentDir) => new ReadingGate(contentDir);

    public static IPageGate PageGate() => new PageGate();
}
