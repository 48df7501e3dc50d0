using NkHandouts.Templates;

namespace NkHandouts.Word;

/// <summary>The <c>briefing:</c> section of a template.</summary>
public sealed record BriefingOptions
{
    /// <summary>Full path of the Word reference document whose styles the briefing uses; null: built-in styles.</summary>
    public string? Reference { get; init; }

    public bool TableOfContents { get; init; } = true;

    /// <summary><c>briefing.hyphenate</c>: whether Word hyphenates the briefing (w:autoHyphenation). Auto: no — one
    /// wide ragged-right column, the same rule as the leaflets.</summary>
    public HyphenationMode Hyphenate { get; init; } = HyphenationMode.Auto;

    /// <summary>Written at the end of every briefing, before the source note, when the article has no
    /// <c>::: disclaimer</c> of its own: the same key and rule as a leaflet template's <c>leaflet.disclaimer</c>.</summary>
    public string? Disclaimer { get; init; }

    /// <summary>The briefing options of a template loaded for the briefing output.</summary>
    public static BriefingOptions Of(Template template) => template.OptionsAs<BriefingOptions>();
}
