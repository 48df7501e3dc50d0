using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Styles;

/// <summary>Builds style elements with their children in schema order (the validator rejects any other order).</summary>
internal static class StyleFactory
{
    public static Style Paragraph(string id, string name, string? basedOn, string? next, int priority, bool quick,
        StyleParagraphProperties? pPr = null, StyleRunProperties? rPr = null, bool isDefault = false, bool semiHidden = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        Header(style, name, basedOn, next, priority, quick, semiHidden);
        if (pPr is not null)
        {
            style.Append(pPr);
        }

        if (rPr is not null)
        {
            style.Append(rPr);
        }

        return style;
    }

    public static Style Character(string id, string name, int priority, StyleRunProperties rPr, bool semiHidden = false)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        Header(style, name, null, null, priority, quick: !semiHidden, semiHidden);
        style.Append(rPr);
        return style;
    }

    public static Style Table(string id, string name, string? basedOn, int priority, params OpenXmlElement[] properties)
    {
        var style = new Style { Type = StyleValues.Table, StyleId = id };
        Header(style, name, basedOn, null, priority, quick: false, semiHidden: false);
        style.Append(properties);
        return style;
    }

    private static void Header(Style style, string name, string? basedOn, string? next, int priority, bool quick, bool semiHidden)
    {
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new UIPriority { Val = priority });
        if (semiHidden)
        {
            style.Append(new SemiHidden(), new UnhideWhenUsed());
        }

        if (quick)
        {
            style.Append(new PrimaryStyle());
        }
    }

    public static Color Colour(Templates.Colour c) => new() { Val = Packaging.Units.Hex(c) };

    public static FontSize Size(double points) => new() { Val = Packaging.Units.HalfPoints(points) };

    public static FontSizeComplexScript SizeCs(double points) => new() { Val = Packaging.Units.HalfPoints(points) };

    public static RunFonts Fonts(string family) => new() { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };

    public static SpacingBetweenLines Spacing(double beforePt, double afterPt) =>
        new() { Before = Packaging.Units.TwipsText(beforePt), After = Packaging.Units.TwipsText(afterPt) };
}
