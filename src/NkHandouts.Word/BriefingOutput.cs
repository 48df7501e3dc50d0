using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Word;

/// <summary><c>output: docx-briefing</c>: options in the <c>briefing:</c> section.</summary>
public sealed class BriefingOutput : ITemplateOutput
{
    public const string OutputKey = "docx-briefing";

    public string Key => OutputKey;

    public string Label => "Word briefing";

    public string Section => "briefing";

    public IReadOnlyList<string> SectionKeys => ["reference", "tableOfContents", "hyphenate", "disclaimer"];

    public object ReadOptions(TemplateSection section) =>
        section.Options is not { } b
            ? new BriefingOptions()
            : new BriefingOptions
            {
                Reference = section.Asset(b, "reference"),
                TableOfContents = b.Bool("tableOfContents") ?? true,
                Disclaimer = b.String("disclaimer"),
                Hyphenate = HyphenationModeReader.Read(section) ?? HyphenationMode.Auto,
            };

    /// <summary>Every style's text colour against what it is printed on, once per template rather than in each built
    /// briefing; here rather than in <see cref="ReadOptions"/> because resolving the styles loads the Open XML SDK
    /// (~15 MB of a build's peak), which a build that makes no briefing must not pay for. The template's font files
    /// too, read as the embedder reads them.</summary>
    public void CheckBeforeUse(TemplateSection section, object options, DiagnosticBag diagnostics)
    {
        Styles.ContrastCheck.Run(section, (BriefingOptions)options, diagnostics);
        TemplateFontFiles.Check(section.Common, NkHandouts.Layout.FontLocator.WhyUnusable, diagnostics); // embedded in the briefing
    }
}
