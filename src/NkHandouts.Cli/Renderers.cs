using NkHandouts.Build;
using NkHandouts.Cli.Commands;
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
        new NkHandouts.Html.HtmlRenderer(),
    ];

    /// <summary>The <c>output:</c> keys and template sections of <see cref="All"/>, for loading templates.</summary>
    public static TemplateOutputs Outputs { get; } = All().Outputs();

    public static IReadingGate ReadingGate(string contentDir) => new ReadingGate(contentDir);

    public static IPageGate PageGate() => new PageGate();

    /// <summary>What <c>nkhandouts verify</c> can check. A profile without an option always runs; one with an option
    /// (e.g. a print-production check) runs when that flag is given. The build verifies every output's claims with
    /// the same checks (<see cref="Verifiers"/>).</summary>
    public static IReadOnlyList<VerifyProfile> VerifyProfiles() =>
    [
        new(null, "PDF/UA-1: machine-checkable Matterhorn 1.1 conditions", () => new NkHandouts.Verify.Accessibility.PdfUaCheck()),
        new("--print", "also check the PDF/X-4 print-production conditions (for *.print.pdf and imposed files)", () => new NkHandouts.Verify.PrintProduction.PdfX4Check()),
    ];

    public static IReadOnlyList<IOutputVerifier> Verifiers() =>
        VerifyProfiles().Select(p => (IOutputVerifier)new NkHandouts.Verify.PdfOutputVerifier(p.Create())).ToList();
}
