using NkHandouts.Layout;
using NkHandouts.Layout.Hyphenation;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// The leaflet's type scale and colours, derived from the template: body at the template's size (the page check holds
/// each audience to its minimum), headings stepped up from it — one scale per template: every rank-2 heading
/// (sections, boxes, learn more) is <see cref="H2"/>, rank 3 is <see cref="H3"/> — small print for furniture only.
/// Every text colour is one the template loader checked for
/// 4.5:1 contrast against the background it is drawn on.
/// </summary>
internal sealed class LeafletTheme
{
    /// <param name="hyphenation">How body paragraphs hyphenate (<see cref="LeafletHyphenation"/>); null: never.</param>
    public LeafletTheme(Template template, LeafletFonts fonts, HyphenationStyle? hyphenation = null)
    {
        Template = template;
        Fonts = fonts;
        var c = template.Brand.Colours;
        var size = template.Typography.BodySize.Points;
        Body = new TextStyle(fonts.Body, size, Rgb(c.Text)) { Fallbacks = fonts.Fallbacks };
        Lead = Body with { Size = size * 1.15 };
        Title = new TextStyle(fonts.Heading, size * 2.1, Rgb(c.Heading)) { FontStyle = FontStyle.Bold, Fallbacks = fonts.Fallbacks };
        Subtitle = Body with { Family = fonts.Heading, Size = size * 1.3, Colour = Rgb(c.Heading) };
        H2 = Title with { Size = size * 1.45 };
        H3 = Title with { Size = size * 1.15 };
        Label = Body with { Family = fonts.Heading, FontStyle = FontStyle.Bold, Colour = Rgb(c.Heading) };
        CalloutLabel = Body.Bold();
        // Large print (16 pt and up, RNIB) has no small print: furniture is body size. Otherwise 80 %, never under 9 pt.
        Small = size >= LargePrint ? Body : Body with { Size = Math.Max(9, size * 0.8) };
        Band = new TextStyle(fonts.Heading, size * 1.35, Rgb(c.OnPrimary)) { FontStyle = FontStyle.Bold, Fallbacks = fonts.Fallbacks };
        BandSmall = Band with { Size = Math.Max(size * 0.95, Small.Size), FontStyle = FontStyle.Regular };
        Paragraph = new ParagraphStyle { LineHeight = template.Typography.LineHeight, Align = LeafletOptions.Of(template).Justify ? TextAlign.Justify : TextAlign.Left, Hyphenation = hyphenation };
        Tight = Paragraph with { LineHeight = 1.2 };
        Heading = Tight with { Balance = true, Hyphenation = null }; // titles and headings keep whole words
        LinkColour = Rgb(c.Heading);
    }

    public Template Template { get; }
    public LeafletFonts Fonts { get; }
    public TextStyle Body { get; }
    public TextStyle Lead { get; }
    public TextStyle Title { get; }
    public TextStyle Subtitle { get; }
    public TextStyle H2 { get; }
    public TextStyle H3 { get; }
    public TextStyle Label { get; }
    public TextStyle CalloutLabel { get; }
    public TextStyle Small { get; }
    public TextStyle Band { get; }
    public TextStyle BandSmall { get; }
    public ParagraphStyle Paragraph { get; }
    public ParagraphStyle Tight { get; }

    /// <summary>Headings and titles: tight lines of even length.</summary>
    public ParagraphStyle Heading { get; }

    /// <summary>Body size from which a template is large print.</summary>
    public const double LargePrint = 16;
    public Rgb LinkColour { get; }

    public double BodySize => Body.Size;

    /// <summary>Space between blocks: about two thirds of a line.</summary>
    public double Gap => Body.Size * 0.75;

    /// <summary>Narrow columns (a tri-fold's panels) give boxes and bullets less indent, so 12 pt lines keep 45
    /// characters or more.</summary>
    public bool Narrow => LeafletOptions.Of(Template).Layout.NarrowColumns;

    /// <summary>Text inset of a box from its left (after the rule) and right edges.</summary>
    public (double Left, double Right) BoxInset => Narrow ? (Body.Size * 0.95, Body.Size * 0.6) : (Body.Size * 1.3, Body.Size);

    /// <summary>Width of a bullet's column, in body sizes.</summary>
    public double BulletIndent => Narrow ? 1.0 : 1.2;

    public BrandColours Colours => Template.Brand.Colours;

    public static Rgb Rgb(Colour c) => new(c.R, c.G, c.B);

    /// <summary>A darker shade of a background, for the rule down a callout's edge (decoration, not meaning).</summary>
    public static Rgb Rule(Colour background, double amount = 0.55) =>
        new((byte)(background.R * (1 - amount)), (byte)(background.G * (1 - amount)), (byte)(background.B * (1 - amount)));

    /// <summary>Width of one line of <paramref name="text"/> in <paramref name="style"/> (no fallback fonts).</summary>
    public double Width(string text, TextStyle style)
    {
        var face = style.Face;
        return text.Sum(ch => face.Advance(ch)) * style.Size;
    }

    /// <summary>
    /// Widest measure for at most about 70 characters of running text: 65 times the average advance of English
    /// text in the body font (lines of narrow letters reach about 70).
    /// </summary>
    public double Measure(int characters = 65)
    {
        const string sample = "The quick brown fox jumps over the lazy dog, and your care team can answer questions about it.";
        var face = Body.Face;
        var width = sample.Sum(ch => face.Advance(ch)) * Body.Size / sample.Length;
        return width * characters;
    }
}
