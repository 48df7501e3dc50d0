using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Templates;

namespace NkHandouts.Word.Styles;

/// <summary>
/// Word's automatic hyphenation for a briefing, by the same rules as the PDF leaflets (docs/layout.md
/// "Hyphenation"): on only when the template asks (<c>briefing.hyphenate: always</c>; auto means a wide ragged-right
/// column keeps whole words) and the article's language is one NkHandouts hyphenates (en, es), so the same words are
/// split in every output's language. When on: at most two hyphenated lines in a row, capitalised words (acronyms)
/// whole, and a hyphenation zone of 15 % of the text width (Word splits a word only when the line would otherwise end
/// further from the margin). Word hyphenates with its own dictionary for the paragraphs' w:lang, which is why the
/// language is set on the document defaults. Word has no per-word "never hyphenate", so glossary terms are not
/// protected in a hyphenated briefing (docs/briefing.md says so).
/// </summary>
internal sealed record Hyphenation(bool On, int ZoneTwips)
{
    public static readonly Hyphenation Off = new(false, 0);

    public const double ZoneShare = 0.15;

    public static Hyphenation For(HyphenationMode mode, string language, Template template)
    {
        if (mode != HyphenationMode.Always || NkHandouts.Layout.Hyphenation.Hyphenator.For(language) is null)
        {
            return Off;
        }

        var size = template.Page.Sizes.Count > 0 ? template.Page.Sizes[0] : NkHandouts.Templates.PageSize.A4;
        var width = size.Width.Points - template.Page.Margins.Left.Points - template.Page.Margins.Right.Points;
        return new Hyphenation(true, (int)Math.Round(width * ZoneShare * 20));
    }

    public IEnumerable<OpenXmlElement> Elements()
    {
        yield return new AutoHyphenation { Val = On };
        if (On)
        {
            yield return new ConsecutiveHyphenLimit { Val = 2 };
            yield return new HyphenationZone { Val = ZoneTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            yield return new DoNotHyphenateCaps { Val = true };
        }
    }
}
