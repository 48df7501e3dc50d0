using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Templates;

namespace NkHandouts.Word.Tests;

/// <summary>
/// The briefing's language and automatic hyphenation agree: w:lang on the document defaults and the settings'
/// theme language are the article's; w:autoHyphenation is written either way — off by default (one wide column, the
/// leaflets' rule), on with <c>briefing.hyphenate: always</c> for a language NkHandouts hyphenates, with at most
/// two hyphenated lines in a row and capitals kept whole — and the file still passes the Open XML validator.
/// </summary>
public sealed class HyphenationSettingsTests
{
    private static Article Spanish() => ArticleLoader.Parse(
        "---\ntitle: Células NK\nlanguage: es-US\naudience: clinicians\n---\n\nEl tratamiento con células NK no funciona igual en todas las personas.\n", "es.md").Value!;

    private static Article Arabic() => ArticleLoader.Parse(
        "---\ntitle: NK\nlanguage: ar\naudience: clinicians\n---\n\nText.\n", "ar.md").Value!;

    private static Template With(HyphenationMode mode) =>
        Briefings.BuiltIn() with { Options = new BriefingOptions { Reference = null, TableOfContents = true, Hyphenate = mode } };

    private static (Settings Settings, string Lang, IReadOnlyList<string> Errors) Render(Article article, Template template)
    {
        var docx = Briefings.Render(article, template);
        using var doc = Briefings.Open(docx);
        var main = doc.MainDocumentPart!;
        var lang = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value!;
        return ((Settings)main.DocumentSettingsPart!.Settings!.CloneNode(true), lang, Briefings.ValidationErrors(docx));
    }

    [Fact]
    public void By_default_the_briefing_is_not_hyphenated_and_says_so()
    {
        var (settings, lang, errors) = Render(Spanish(), Briefings.BuiltIn());
        Assert.Empty(errors);
        Assert.Equal("es-US", lang);
        Assert.Equal("es-US", settings.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        Assert.False(settings.GetFirstChild<AutoHyphenation>()!.Val!.Value);
        Assert.Null(settings.GetFirstChild<ConsecutiveHyphenLimit>());
    }

    [Fact]
    public void Always_turns_Word_hyphenation_on_with_the_leaflets_limits()
    {
        var (settings, lang, errors) = Render(Spanish(), With(HyphenationMode.Always));
        Assert.Empty(errors);
        Assert.Equal("es-US", lang); // Word hyphenates with the dictionary of this language
        Assert.True(settings.GetFirstChild<AutoHyphenation>()!.Val!.Value);
        Assert.Equal(2, settings.GetFirstChild<ConsecutiveHyphenLimit>()!.Val!.Value);
        Assert.True(settings.GetFirstChild<DoNotHyphenateCaps>()!.Val!.Value);
        var zone = int.Parse(settings.GetFirstChild<HyphenationZone>()!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(zone, 1000, 2000); // 15 % of an A4 text width (160 mm ≈ 9,070 twips)
    }

    [Fact]
    public void A_language_NkHandouts_does_not_hyphenate_stays_unhyphenated()
    {
        var (settings, _, errors) = Render(Arabic(), With(HyphenationMode.Always));
        Assert.Empty(errors);
        Assert.False(settings.GetFirstChild<AutoHyphenation>()!.Val!.Value);
    }
}
