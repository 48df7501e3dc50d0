using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Word.Embedding;

/// <summary>
/// What a briefing's text needs from fonts: the font families of the styles its paragraphs, runs and tables use
/// (following basedOn, and theme fonts resolved through the theme), direct run fonts, and every character shown.
/// A style the document never uses (e.g. the code style in an article without code) adds no font.
/// </summary>
internal sealed class UsedFonts
{
    private UsedFonts(IReadOnlyList<string> families, IReadOnlySet<int> codePoints)
    {
        Families = families;
        CodePoints = codePoints;
    }

    /// <summary>Family names, sorted (ordinal, case-insensitive) so the embedding order never varies.</summary>
    public IReadOnlyList<string> Families { get; }

    public IReadOnlySet<int> CodePoints { get; }

    public static UsedFonts Of(MainDocumentPart main, WordStyles styles)
    {
        var roots = new List<OpenXmlElement> { main.Document!.Body! };
        roots.AddRange(main.HeaderParts.Select(h => (OpenXmlElement)h.Header!));
        roots.AddRange(main.FooterParts.Select(f => (OpenXmlElement)f.Footer!));
        if (main.FootnotesPart?.Footnotes is { } notes)
        {
            roots.Add(notes);
        }

        var theme = ThemeFonts(main.ThemePart);
        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in styles.Elements<Style>().Where(s => s.Default?.Value == true))
        {
            used.Add(s.StyleId!.Value!);
        }

        var families = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var codePoints = new HashSet<int>();
        foreach (var root in roots)
        {
            foreach (var e in root.Descendants())
            {
                switch (e)
                {
                    case ParagraphStyleId p when p.Val?.Value is { } id: used.Add(id); break;
                    case RunStyle r when r.Val?.Value is { } id: used.Add(id); break;
                    case TableStyle t when t.Val?.Value is { } id: used.Add(id); break;
                    case RunFonts f: Add(families, f, theme); break;
                    case WordText t: AddText(codePoints, t.Text); break;
                    case SymbolChar sym: AddSymbol(families, codePoints, sym); break;
                }
            }
        }

        // Numbering symbols (bullets) are drawn in the paragraph's font.
        foreach (var level in main.NumberingDefinitionsPart?.Numbering?.Descendants<LevelText>() ?? [])
        {
            AddText(codePoints, level.Val?.Value ?? "");
        }

        var pending = new Stack<string>(used);
        while (pending.Count > 0)
        {
            if (!byId.TryGetValue(pending.Pop(), out var style))
            {
                continue;
            }

            foreach (var f in style.Descendants<RunFonts>())
            {
                Add(families, f, theme);
            }

            foreach (var next in new[] { style.BasedOn?.Val?.Value, style.LinkedStyle?.Val?.Value })
            {
                if (next is not null && used.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        foreach (var f in styles.DocDefaults?.Descendants<RunFonts>() ?? [])
        {
            Add(families, f, theme);
        }

        return new UsedFonts(families.ToList(), codePoints);
    }

    private static void Add(ISet<string> families, RunFonts fonts, (string? Major, string? Minor) theme)
    {
        if (fonts.Ascii?.Value is { Length: > 0 } ascii)
        {
            families.Add(ascii);
        }

        if (fonts.HighAnsi?.Value is { Length: > 0 } high)
        {
            families.Add(high);
        }

        if (fonts.AsciiTheme?.Value is { } t)
        {
            var name = t == ThemeFontValues.MajorAscii || t == ThemeFontValues.MajorHighAnsi ? theme.Major : theme.Minor;
            if (!string.IsNullOrEmpty(name))
            {
                families.Add(name);
            }
        }
    }

    /// <summary>A symbol run (w:sym, the myth/fact icons) is drawn from its own font, and its character is in no
    /// w:t: without this the subset lacks the glyph and a machine without the font draws a substitute.</summary>
    private static void AddSymbol(ISet<string> families, HashSet<int> codePoints, SymbolChar sym)
    {
        if (sym.Font?.Value is { Length: > 0 } font)
        {
            families.Add(font);
        }

        if (int.TryParse(sym.Char?.Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            codePoints.Add(code);
        }
    }

    private static void AddText(HashSet<int> codePoints, string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            codePoints.Add(rune.Value);
        }
    }

    private static (string? Major, string? Minor) ThemeFonts(ThemePart? part)
    {
        if (part is null)
        {
            return (null, null);
        }

        using var stream = part.GetStream();
        XNamespace a = "http://schemas.openxmlformats.org/drawingml/2006/main";
        var root = XDocument.Load(stream).Root;
        string? Latin(string scheme) => root?.Descendants(a + scheme).Elements(a + "latin").Attributes("typeface").FirstOrDefault()?.Value;
        return (Latin("majorFont"), Latin("minorFont"));
    }
}
