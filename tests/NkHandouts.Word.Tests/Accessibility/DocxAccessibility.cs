using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace NkHandouts.Word.Tests.Accessibility;

/// <summary>
/// An accessibility check of a finished .docx, read from the package with the Open XML SDK and sharing no code with
/// the writer, so it can judge any Word file (ours, pandoc's, one a clinician saved). Rules, after Word's own
/// Accessibility Checker and WCAG 2.2 AA:
/// <list type="bullet">
/// <item>title: the core properties have a title, and the body shows it in a Title-styled paragraph;</item>
/// <item>language: the document default (styles) or the core properties name a language;</item>
/// <item>empty-paragraph: no body paragraph without text, picture or field (screen readers say "blank"), except a
/// thematic break (a paragraph whose style draws a rule);</item>
/// <item>image-alt / image-title: every picture (wp:docPr) in the body, headers and footers has a description and a title;</item>
/// <item>table-header: a data table (2+ rows and 2+ columns) marks its first row as a header that repeats (w:tblHeader);</item>
/// <item>heading-order: the first heading is level 1 and no heading is more than one level below the one before;</item>
/// <item>contrast: every run of text, with its colour, size and weight resolved through direct formatting, character,
/// paragraph and table styles and the document defaults, against the fill under it (run, paragraph, cell, table
/// style, else white): 4.5:1, or 3:1 for large text (18 pt, or 14 pt bold).</item>
/// </list>
/// </summary>
internal static class DocxAccessibility
{
    public sealed record Finding(string Rule, string Where, string Message)
    {
        public override string ToString() => $"{Rule} at {Where}: {Message}";
    }

    public static IReadOnlyList<Finding> Check(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("no body");
        var styles = new Resolver(main.StyleDefinitionsPart?.Styles);
        var findings = new List<Finding>();

        var title = doc.PackageProperties.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            findings.Add(new("title", "docProps/core.xml", "no document title (dc:title)"));
        }
        else if (!body.Descendants<Paragraph>().Any(p => styles.IsTitle(p) && p.InnerText.Trim() == title.Trim()))
        {
            findings.Add(new("title", "body", $"no Title paragraph shows the title '{title}'"));
        }

        if (string.IsNullOrWhiteSpace(styles.DefaultLanguage) && string.IsNullOrWhiteSpace(doc.PackageProperties.Language))
        {
            findings.Add(new("language", "word/styles.xml", "no document language (w:docDefaults w:lang, or dc:language)"));
        }

        foreach (var p in body.Descendants<Paragraph>())
        {
            if (IsEmpty(p) && !styles.DrawsRule(p))
            {
                findings.Add(new("empty-paragraph", "body", "empty paragraph" + After(p)));
            }
        }

        var parts = new List<OpenXmlPartRootElement> { main.Document! };
        parts.AddRange(main.HeaderParts.Select(h => (OpenXmlPartRootElement)h.Header!));
        parts.AddRange(main.FooterParts.Select(f => (OpenXmlPartRootElement)f.Footer!));
        foreach (var root in parts)
        {
            foreach (var docPr in root.Descendants<DW.DocProperties>())
            {
                var where = $"{root.OpenXmlPart?.Uri} picture '{docPr.Name?.Value}'";
                if (string.IsNullOrWhiteSpace(docPr.Description?.Value))
                {
                    findings.Add(new("image-alt", where, "picture without alt text (wp:docPr descr)"));
                }

                if (string.IsNullOrWhiteSpace(docPr.Title?.Value))
                {
                    findings.Add(new("image-title", where, "picture without a title (wp:docPr title)"));
                }
            }
        }

        var tableNumber = 0;
        foreach (var table in body.Descendants<Table>())
        {
            tableNumber++;
            var rows = table.Elements<TableRow>().ToList();
            var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Elements<TableCell>().Count());
            var header = rows.Count == 0 ? null : rows[0].TableRowProperties?.GetFirstChild<TableHeader>();
            if (rows.Count >= 2 && columns >= 2 && (header is null || header.Val?.InnerText is "off" or "false" or "0"))
            {
                findings.Add(new("table-header", $"table {tableNumber}", "data table whose first row is not marked as a repeating header row (w:tblHeader)"));
            }
        }

        var previous = 0;
        foreach (var p in body.Descendants<Paragraph>())
        {
            var level = styles.HeadingLevel(p);
            if (level == 0)
            {
                continue;
            }

            if (previous == 0 && level != 1 || previous > 0 && level > previous + 1)
            {
                findings.Add(new("heading-order", $"heading '{Short(p.InnerText)}'", $"level {level} after {(previous == 0 ? "no heading" : "level " + previous)}"));
            }

            previous = level;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in parts)
        {
            foreach (var run in root.Descendants<Run>().Where(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text))))
            {
                var look = styles.Look(run);
                var ratio = Contrast(look.Fore, look.Back);
                var required = look.Points >= 18 || look.Bold && look.Points >= 14 ? 3 : 4.5;
                var key = $"{look.Styles}|{Hex(look.Fore)}|{Hex(look.Back)}";
                if (ratio < required && seen.Add(key))
                {
                    findings.Add(new("contrast", $"{root.OpenXmlPart?.Uri} '{Short(run.InnerText)}' ({look.Styles})",
                        $"#{Hex(look.Fore)} on #{Hex(look.Back)} is {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1, needs {required}:1 at {look.Points} pt{(look.Bold ? " bold" : "")}"));
                }
            }
        }

        return findings;
    }

    /// <summary>No text, picture, field or symbol: what a screen reader reads as "blank". Cells count too.</summary>
    private static bool IsEmpty(Paragraph p) =>
        string.IsNullOrWhiteSpace(p.InnerText)
        && !p.Descendants<Drawing>().Any() && !p.Descendants<Picture>().Any() && !p.Descendants<EmbeddedObject>().Any()
        && !p.Descendants<SimpleField>().Any() && !p.Descendants<FieldChar>().Any(f => f.FieldCharType?.Value == FieldCharValues.Begin)
        && !p.Descendants<SymbolChar>().Any() && !p.Descendants<FootnoteReference>().Any();

    private static string After(Paragraph p)
    {
        var before = p.ElementsBefore().LastOrDefault(e => e is Paragraph or Table or SdtBlock);
        while (before is SdtBlock sdt)
        {
            before = sdt.SdtContentBlock?.ChildElements.LastOrDefault(e => e is Paragraph or Table or SdtBlock);
        }

        return before switch
        {
            Table => " after a table",
            Paragraph q => $" after '{Short(q.InnerText)}'",
            _ => "",
        };
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Hex(Rgb c) => $"{c.R:X2}{c.G:X2}{c.B:X2}";

    internal readonly record struct Rgb(int R, int G, int B)
    {
        public static readonly Rgb White = new(255, 255, 255);
        public static readonly Rgb Black = new(0, 0, 0);

        public static Rgb? Parse(string? hex) =>
            hex is { Length: 6 } && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v) ? new Rgb(v >> 16 & 255, v >> 8 & 255, v & 255) : null;

        public double Luminance => 0.2126 * Lin(R) + 0.7152 * Lin(G) + 0.0722 * Lin(B);

        private static double Lin(int c)
        {
            var s = c / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
    }

    internal static double Contrast(Rgb a, Rgb b)
    {
        var (x, y) = (a.Luminance, b.Luminance);
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    internal sealed record Look(Rgb Fore, Rgb Back, double Points, bool Bold, string Styles);

    /// <summary>Style inheritance as Word applies it: document defaults, then the table style (its conditional first
    /// row where the table's look asks for it), the paragraph style chain, the character style chain, direct formatting.</summary>
    private sealed class Resolver(DocumentFormat.OpenXml.Wordprocessing.Styles? styles)
    {
        private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];

        public string? DefaultLanguage => styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.Languages?.Val?.Value;

        private IEnumerable<Style> Chain(string? id)
        {
            for (var depth = 0; id is not null && depth < 30 && _byId.TryGetValue(id, out var s); depth++)
            {
                yield return s;
                id = s.BasedOn?.Val?.Value;
            }
        }

        private string? DefaultParagraphStyle => _byId.Values.FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;

        private string? ParagraphStyle(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyle;

        private string Name(string? id) => id is not null && _byId.TryGetValue(id, out var s) ? s.StyleName?.Val?.Value ?? id : id ?? "";

        public bool IsTitle(Paragraph p) => Chain(ParagraphStyle(p)).Any(s => string.Equals(s.StyleName?.Val?.Value, "Title", StringComparison.OrdinalIgnoreCase));

        /// <summary>1–9 from the outline level (direct, then the style chain) or a "heading N" style name; 0 otherwise.</summary>
        public int HeadingLevel(Paragraph p)
        {
            if (p.ParagraphProperties?.OutlineLevel?.Val?.Value is { } direct)
            {
                return direct < 9 ? direct + 1 : 0;
            }

            foreach (var s in Chain(ParagraphStyle(p)))
            {
                if (s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
                {
                    return level < 9 ? level + 1 : 0;
                }

                var name = s.StyleName?.Val?.Value ?? "";
                if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase) && int.TryParse(name[8..], out var n))
                {
                    return n;
                }
            }

            return 0;
        }

        public bool DrawsRule(Paragraph p) =>
            p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null
            || Chain(ParagraphStyle(p)).Any(s => s.StyleParagraphProperties?.ParagraphBorders?.BottomBorder is { } b && b.Val?.Value != BorderValues.Nil && b.Val?.Value != BorderValues.None);

        public Look Look(Run run)
        {
            var p = run.Ancestors<Paragraph>().FirstOrDefault();
            var cell = run.Ancestors<TableCell>().FirstOrDefault();
            var table = cell?.Ancestors<Table>().FirstOrDefault();
            var row = cell?.Ancestors<TableRow>().FirstOrDefault();
            var tableStyleId = table?.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
            var firstRow = table is not null && row is not null && ReferenceEquals(table.Elements<TableRow>().FirstOrDefault(), row)
                && table.GetFirstChild<TableProperties>()?.TableLook is { } tl && (tl.FirstRow?.Value == true || (tl.Val?.Value is { } hex && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var bits) && (bits & 0x20) != 0));
            var pStyle = p is null ? null : ParagraphStyle(p);
            var rStyle = run.RunProperties?.RunStyle?.Val?.Value;

            // Highest precedence first.
            var rPrs = new List<OpenXmlElement?> { run.RunProperties };
            rPrs.AddRange(Chain(rStyle).Select(s => (OpenXmlElement?)s.StyleRunProperties));
            rPrs.AddRange(Chain(pStyle).Select(s => (OpenXmlElement?)s.StyleRunProperties));
            if (firstRow)
            {
                rPrs.AddRange(Chain(tableStyleId).Select(s => (OpenXmlElement?)s.Elements<TableStyleProperties>().FirstOrDefault(t => t.Type?.Value == TableStyleOverrideValues.FirstRow)?.ChildElements.FirstOrDefault(e => e.LocalName == "rPr")));
            }

            rPrs.AddRange(Chain(tableStyleId).Select(s => (OpenXmlElement?)s.StyleRunProperties));
            rPrs.Add(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);

            var fills = new List<Shading?> { run.RunProperties?.Shading, p?.ParagraphProperties?.Shading };
            fills.AddRange(Chain(pStyle).Select(s => s.StyleParagraphProperties?.Shading));
            fills.Add(cell?.TableCellProperties?.Shading);
            if (firstRow)
            {
                fills.AddRange(Chain(tableStyleId).Select(s => s.Elements<TableStyleProperties>().FirstOrDefault(t => t.Type?.Value == TableStyleOverrideValues.FirstRow)?.ChildElements.FirstOrDefault(e => e.LocalName == "tcPr")?.GetFirstChild<Shading>()));
            }

            if (table is not null)
            {
                fills.AddRange(Chain(tableStyleId).Select(s => s.StyleTableCellProperties?.Shading));
            }

            var back = fills.Select(f => f?.Fill?.Value is { } v && v != "auto" ? Rgb.Parse(v) : null).FirstOrDefault(c => c is not null) ?? Rgb.White;
            var colour = rPrs.Select(r => r?.GetFirstChild<Color>()?.Val?.Value).FirstOrDefault(v => v is not null);
            var fore = colour is null or "auto" ? (Contrast(Rgb.Black, back) >= Contrast(Rgb.White, back) ? Rgb.Black : Rgb.White) : Rgb.Parse(colour) ?? Rgb.Black;
            var half = rPrs.Select(r => r?.GetFirstChild<FontSize>()?.Val?.Value).FirstOrDefault(v => v is not null);
            var bold = rPrs.Select(r => r?.GetFirstChild<Bold>()).FirstOrDefault(b => b is not null) is { } b && (b.Val?.Value ?? true);
            var points = half is not null && double.TryParse(half, NumberStyles.Number, CultureInfo.InvariantCulture, out var h) ? h / 2 : 10;
            var names = string.Join(" / ", new[] { Name(tableStyleId), Name(pStyle), Name(rStyle) }.Where(n => n.Length > 0));
            return new Look(fore, back, points, bold, names);
        }
    }
}
