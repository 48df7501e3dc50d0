using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Templates;
using LayoutFontStyle = NkHandouts.Layout.FontStyle;
using WordFont = DocumentFormat.OpenXml.Wordprocessing.Font;
using WordFonts = DocumentFormat.OpenXml.Wordprocessing.Fonts;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace NkHandouts.Word.Embedding;

/// <summary>
/// Embeds the fonts a briefing uses the way Word does (obfuscated TrueType parts referenced from the font table), so
/// Word and LibreOffice lay it out with the faces the template chose on a PC that lacks them. Each face keeps the
/// outlines of the characters in the document plus Latin-1 and common punctuation, so a clinician's edits in English
/// or Spanish stay in the same face; glyph ids, advances and kerning are the original's (see GlyphSubsetter).
/// </summary>
internal static class FontEmbedder
{
    /// <summary>Characters kept in every embedded face besides the document's own: what an editor types most.</summary>
    private static readonly (int First, int Last)[] EditingRanges =
    [
        (0x0020, 0x007E), (0x00A0, 0x017F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC), (0x2122, 0x2122),
        (0xFB00, 0xFB06),
    ];

    private static readonly (LayoutFontStyle Style, string Suffix)[] Faces =
        [(LayoutFontStyle.Regular, "Regular"), (LayoutFontStyle.Bold, "Bold"), (LayoutFontStyle.Italic, "Italic"), (LayoutFontStyle.BoldItalic, "BoldItalic")];

    public static void Embed(MainDocumentPart main, WordStyles styles, byte[]? referenceFontTable, Template template, DiagnosticBag diagnostics)
    {
        var used = UsedFonts.Of(main, styles);
        var fonts = referenceFontTable is null ? new WordFonts() : Parse(referenceFontTable);
        // The reference document's embedded faces are parts of that file, not of this one.
        foreach (var stale in fonts.Descendants().Where(IsEmbed).ToList())
        {
            stale.Remove();
        }

        var part = main.AddNewPart<FontTablePart>("rIdFontTable");
        var locator = new FontLocator(template.Typography.Fonts.Select(f => (f.Family, FontStyles.Parse(f.Style) ?? LayoutFontStyle.Regular, f.Path)));
        var keep = used.CodePoints.Concat(EditingRanges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1))).ToHashSet();
        var next = 1;
        foreach (var family in used.Families)
        {
            NkHandouts.Layout.FontFamily? found;
            try
            {
                found = locator.TryFamily(family);
            }
            catch (FontUnreadableException e)
            {
                diagnostics.Add(TemplateFontDiagnostic.Unreadable(template, e.FilePath, e.Reason));
                continue;
            }

            if (found is null)
            {
                diagnostics.Warning(DiagnosticCodes.FontNotFound, SourceLocation.FileOnly(template.FilePath),
                    $"the briefing uses the font '{family}', which was not found, so it is not embedded: Word will show another face",
                    "install the font or ship its files in the template's fonts, or change the style's font in reference.docx");
                continue;
            }

            var entry = Entry(fonts, family);
            foreach (var (style, _) in Faces)
            {
                if (!found.Faces.Any(f => f.Style == style))
                {
                    continue;
                }

                var face = found.Face(style);
                var subset = GlyphSubsetter.Subset(face.Data, GlyphSubsetter.GlyphsFor(face, keep));
                var key = FontObfuscation.KeyFor(subset);
                var id = $"rIdFont{next++}";
                var fontPart = part.AddFontPart(FontPartType.FontOdttf, id);
                using (var stream = fontPart.GetStream(FileMode.Create))
                {
                    stream.Write(FontObfuscation.Apply(subset, key));
                }

                entry.Append(Reference(style, id, key));
            }
        }

        part.Fonts = fonts;
    }

    private static WordFonts Parse(byte[] xml) => new(System.Text.Encoding.UTF8.GetString(xml).TrimStart('\uFEFF') is var text && text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : text);

    private static WordFont Entry(WordFonts fonts, string family)
    {
        var entry = fonts.Elements<WordFont>().FirstOrDefault(f => string.Equals(f.Name?.Value, family, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            entry = new WordFont(new FontCharSet { Val = "00" }, new DocumentFormat.OpenXml.Wordprocessing.FontFamily { Val = FontFamilyValues.Swiss }, new Pitch { Val = FontPitchValues.Variable }) { Name = family };
            fonts.Append(entry);
        }

        return entry;
    }

    private static bool IsEmbed(DocumentFormat.OpenXml.OpenXmlElement e) => e is EmbedRegularFont or EmbedBoldFont or EmbedItalicFont or EmbedBoldItalicFont;

    private static DocumentFormat.OpenXml.OpenXmlElement Reference(LayoutFontStyle style, string id, string key) => style switch
    {
        LayoutFontStyle.Bold => new EmbedBoldFont { Id = id, FontKey = key, Subsetted = true },
        LayoutFontStyle.Italic => new EmbedItalicFont { Id = id, FontKey = key, Subsetted = true },
        LayoutFontStyle.BoldItalic => new EmbedBoldItalicFont { Id = id, FontKey = key, Subsetted = true },
        _ => new EmbedRegularFont { Id = id, FontKey = key, Subsetted = true },
    };
}
