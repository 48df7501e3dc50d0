using NkHandouts.Content;
using NkHandouts.Layout;
using NkHandouts.Layout.Hyphenation;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// Whether and how a leaflet's body text hyphenates (docs/layout.md "Hyphenation"). <c>leaflet.hyphenate: auto</c>
/// hyphenates only where whole words cost most: narrow columns (a tri-fold's ~45-character panels, where one long
/// word can leave a line half empty) and justified text (where a short line becomes wide gaps). Wide ragged-right
/// columns keep whole words, as patient-material guidance asks. Languages without shipped patterns never hyphenate.
/// </summary>
internal static class LeafletHyphenation
{
    /// <summary>Ragged narrow columns split a word only to mend a line more than this share of its width short.</summary>
    public const double RaggedZone = 0.15;

    /// <summary>Justified lines split a word sooner: every point of slack becomes space between words.</summary>
    public const double JustifiedZone = 0.06;

    public static HyphenationStyle? For(Article article, Template template, IReadOnlyCollection<string>? neverHyphenate)
    {
        var options = LeafletOptions.Of(template);
        var wanted = options.Hyphenate switch
        {
            HyphenationMode.Always => true,
            HyphenationMode.Never => false,
            _ => options.Layout.NarrowColumns || options.Justify,
        };
        if (!wanted || Hyphenator.For(article.Metadata.Language) is not { } hyphenator)
        {
            return null;
        }

        return new HyphenationStyle(hyphenator)
        {
            Never = new NeverHyphenate(neverHyphenate ?? []),
            Zone = options.Justify ? JustifiedZone : RaggedZone,
        };
    }
}
