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

    public object ReadOptions(TemplateSection section)
    {
        var options = section.Options is not { } b
            ? new BriefingOptions()
            : new BriefingOptions
            {
                Reference = section.Asset(b, "reference"),
                TableOfContents = b.Bool("tableOfContents") ?? true,
                Disclaimer = b.String("disclaimer"),
                Hyphenate = HyphenationModeReader.Read(section) ?? HyphenationMode.Auto,
            };

        // Every style's text colour against what it is printed on, now rather than in each built briefing.
        Styles.ContrastCheck.Run(section, options);
        return options;
    }
}
