namespace NkHandouts.Templates;

/// <summary>When an output's body text is hyphenated (<c>leaflet.hyphenate</c>, <c>briefing.hyphenate</c>;
/// docs/layout.md "Hyphenation").</summary>
public enum HyphenationMode
{
    /// <summary>Only where whole words cost most: narrow columns (a tri-fold's panels) and justified text. Wide
    /// ragged-right columns — every leaflet page, the Word briefing — keep whole words, as patient-leaflet guidance
    /// asks.</summary>
    Auto,

    /// <summary>Every body paragraph.</summary>
    Always,

    /// <summary>No paragraph (soft hyphens the author typed still break).</summary>
    Never,
}

/// <summary>Reads a template's <c>hyphenate:</c> value, with a located error for anything else.</summary>
public static class HyphenationModeReader
{
    public const string Key = "hyphenate";

    public static HyphenationMode? Read(TemplateSection section)
    {
        var value = section.Options?.String(Key);
        if (value is null)
        {
            return null;
        }

        if (char.IsLetter(value[0]) && Enum.TryParse<HyphenationMode>(value, ignoreCase: true, out var mode))
        {
            return mode;
        }

        section.Diagnostics.Error(Diagnostics.DiagnosticCodes.InvalidValue, section.Options!.LocationOfValue(Key), $"unknown hyphenation '{value}'",
            "use auto (narrow columns and justified text only), always or never");
        return null;
    }
}
