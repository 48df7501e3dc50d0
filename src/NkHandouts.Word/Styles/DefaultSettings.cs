using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Styles;

/// <summary>Document settings: Word 2013+ layout (no "Compatibility Mode"), the article's language for spelling,
/// automatic hyphenation on or off (<see cref="Hyphenation"/>; written either way, so Word's own default never decides), and
/// the embedded fonts kept when Word saves the file again. No "update fields on open": Word would ask the reader a
/// question that reads like a warning about the file; the contents list is already filled in.</summary>
internal static class DefaultSettings
{
    public static Settings Create(string language, bool hasFootnotes, Hyphenation? hyphenation = null)
    {
        var settings = new Settings(
            new Zoom { Percent = "100" },
            new EmbedTrueTypeFonts(),
            new SaveSubsetFonts(),
            new DefaultTabStop { Val = 720 });
        settings.Append(hyphenation?.Elements() ?? Hyphenation.Off.Elements());
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });

        if (hasFootnotes)
        {
            settings.Append(new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }));
        }

        settings.Append(
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = language },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
        return settings;
    }
}
