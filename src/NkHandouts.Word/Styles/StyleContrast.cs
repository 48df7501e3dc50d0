using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Templates;
using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace NkHandouts.Word.Styles;

/// <summary>
/// Every text colour a briefing's styles can put on a background, with its WCAG 2 contrast (1.4.3): each paragraph
/// style on the page, or on its own shading when it has one (a box's label line); the text styles a box can hold
/// (Callout Text, lists, quotes, captions and every character style) on each box's fill; each table style's
/// conditional rows (the header row) on their own fill. Large text (18 pt, or 14 pt bold) needs 3:1, other text 4.5:1.
/// </summary>
internal static class StyleContrast
{
    public sealed record Pair(string StyleId, string StyleName, Colour Fore, string OnWhat, string? OnStyleId, Colour Back, double Ratio, double Required)
    {
        public bool Fails => Ratio < Required;
    }

    /// <summary>Paragraph styles the writer puts inside a box, besides the box's label.</summary>
    private static readonly string[] InBox = [StyleIds.CalloutText, StyleIds.ListBullet, StyleIds.ListNumber, StyleIds.ListContinue, StyleIds.Quote, StyleIds.Caption];

    public static IReadOnlyList<Pair> Pairs(WStyles styles)
    {
        var r = new StyleResolver(styles);
        var pairs = new List<Pair>();
        var boxes = styles.Elements<Style>()
            .Where(s => s.Type?.Value == StyleValues.Table && s.StyleId?.Value is { } id && id.EndsWith("Box", StringComparison.Ordinal))
            .Select(s => (Id: s.StyleId!.Value!, Fill: r.CellFill(s.StyleId!.Value!)))
            .Where(b => b.Fill is not null)
            .ToList();

        foreach (var style in styles.Elements<Style>().Where(s => s.StyleId?.Value is not null))
        {
            var id = style.StyleId!.Value!;
            if (style.Type?.Value == StyleValues.Paragraph)
            {
                var own = r.ParagraphFill(id);
                pairs.Add(Make(r, id, own is null ? "the page" : "its own shading", own is null ? null : id, own ?? Colour.White));
                if (InBox.Contains(id))
                {
                    pairs.AddRange(boxes.Select(b => Make(r, id, "the box fill", b.Id, b.Fill!.Value)));
                }
            }
            else if (style.Type?.Value == StyleValues.Character && r.Colour(id, character: true) is not null)
            {
                pairs.Add(Make(r, id, "the page", null, Colour.White, character: true));
                pairs.AddRange(boxes.Select(b => Make(r, id, "the box fill", b.Id, b.Fill!.Value, character: true)));
            }
            else if (style.Type?.Value == StyleValues.Table)
            {
                foreach (var part in style.Elements<TableStyleProperties>())
                {
                    // Read back from a file, a conditional's w:rPr is not a StyleRunProperties: go by name.
                    var rPr = part.ChildElements.FirstOrDefault(e => e.LocalName == "rPr");
                    var fore = r.Colour(rPr?.GetFirstChild<Color>()) ?? r.Colour(StyleIds.Normal) ?? Colour.Black;
                    var back = r.Fill(part.ChildElements.FirstOrDefault(e => e.LocalName == "tcPr")?.GetFirstChild<Shading>()) ?? r.CellFill(id) ?? Colour.White;
                    var bold = rPr?.GetFirstChild<Bold>() is not null || r.Bold(StyleIds.Normal);
                    var size = r.Size(StyleIds.Normal);
                    var ratio = Colour.Contrast(fore, back);
                    pairs.Add(new Pair(id, r.Name(id) + " (" + part.Type?.InnerText + ")", fore, "its own fill", id, back, Math.Round(ratio, 2), Required(size, bold)));
                }
            }
        }

        return pairs;
    }

    private static Pair Make(StyleResolver r, string id, string onWhat, string? onStyle, Colour back, bool character = false)
    {
        var fore = r.Colour(id, character) ?? r.Colour(StyleIds.Normal) ?? Colour.Black;
        var size = r.Size(id, character);
        var bold = r.Bold(id, character);
        return new Pair(id, r.Name(id), fore, onWhat, onStyle, back, Math.Round(Colour.Contrast(fore, back), 2), Required(size, bold));
    }

    /// <summary>WCAG 2: large text is 18 pt, or 14 pt bold.</summary>
    private static double Required(double points, bool bold) => points >= 18 || (bold && points >= 14) ? 3 : 4.5;

    public static string Format(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    /// <summary>Style properties followed through basedOn to the document defaults.</summary>
    private sealed class StyleResolver(WStyles styles)
    {
        private readonly Dictionary<string, Style> _byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private IEnumerable<Style> Chain(string? id)
        {
            for (var depth = 0; id is not null && depth < 20 && _byId.TryGetValue(id, out var style); depth++)
            {
                yield return style;
                id = style.BasedOn?.Val?.Value;
            }
        }

        private RunPropertiesBaseStyle? Defaults => styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;

        public string Name(string id) => _byId.TryGetValue(id, out var s) ? s.StyleName?.Val?.Value ?? id : id;

        /// <summary>A character style's own colour (null when it inherits the paragraph's); a paragraph style's through
        /// its chain and the defaults.</summary>
        public Colour? Colour(string id, bool character = false)
        {
            foreach (var s in Chain(id))
            {
                if (Colour(s.StyleRunProperties?.Color) is { } c)
                {
                    return c;
                }
            }

            return character ? null : Colour(Defaults?.Color);
        }

        public Colour? Colour(Color? color) => color?.Val?.Value is { } v && v != "auto" && Templates.Colour.TryParse("#" + v, out var c) ? c : null;

        public double Size(string id, bool character = false)
        {
            foreach (var s in Chain(id).Concat(character ? Chain(StyleIds.Normal) : []))
            {
                if (s.StyleRunProperties?.FontSize?.Val?.Value is { } half)
                {
                    return Half(half);
                }
            }

            return Defaults?.FontSize?.Val?.Value is { } d ? Half(d) : 10;
        }

        public bool Bold(string id, bool character = false)
        {
            foreach (var s in Chain(id).Concat(character ? Chain(StyleIds.Normal) : []))
            {
                if (s.StyleRunProperties?.Bold is { } b)
                {
                    return b.Val?.Value ?? true;
                }
            }

            return Defaults?.Bold is not null;
        }

        public Colour? ParagraphFill(string id)
        {
            foreach (var s in Chain(id))
            {
                if (s.StyleParagraphProperties?.Shading is { } shd)
                {
                    return Fill(shd);
                }
            }

            return null;
        }

        public Colour? CellFill(string id)
        {
            foreach (var s in Chain(id))
            {
                if (s.StyleTableCellProperties?.Shading is { } shd)
                {
                    return Fill(shd);
                }
            }

            return null;
        }

        public Colour? Fill(Shading? shd) => shd?.Fill?.Value is { } v && v != "auto" && Templates.Colour.TryParse("#" + v, out var c) ? c : null;

        private static double Half(string value) => double.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v / 2 : 10;
    }
}
