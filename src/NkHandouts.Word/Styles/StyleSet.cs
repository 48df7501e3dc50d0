using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Templates;
using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace NkHandouts.Word.Styles;

/// <summary>The styles a briefing uses: the reference document's when there is one, with any style the writer needs
/// but the reference lacks (a user deleted it, or it was never used) added from the defaults; and the article's
/// language set as the default language, so Word checks spelling in the right dictionary.</summary>
internal static class StyleSet
{
    public static WStyles Resolve(ReferenceDocument? reference, Template template, string language)
    {
        if (reference is null)
        {
            return DefaultStyles.Create(template, language);
        }

        var styles = (WStyles)reference.Styles.CloneNode(true);
        var present = styles.Elements<Style>().Select(s => s.StyleId?.Value).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var style in DefaultStyles.Create(template, language).Elements<Style>())
        {
            if (!present.Contains(style.StyleId!.Value!))
            {
                styles.Append(style.CloneNode(true));
            }
        }

        SetLanguage(styles, language);
        return styles;
    }

    private static void SetLanguage(WStyles styles, string language)
    {
        var defaults = styles.DocDefaults ?? styles.PrependChild(new DocDefaults());
        var runDefault = defaults.RunPropertiesDefault ?? defaults.PrependChild(new RunPropertiesDefault());
        var rPr = runDefault.RunPropertiesBaseStyle ?? runDefault.AppendChild(new RunPropertiesBaseStyle());
        var lang = rPr.Languages;
        if (lang is null)
        {
            lang = new Languages();
            if (rPr.GetFirstChild<EastAsianLayout>() is { } after)
            {
                after.InsertBeforeSelf(lang);
            }
            else
            {
                rPr.Append(lang);
            }
        }

        lang.Val = language;
    }
}
