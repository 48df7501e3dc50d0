using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Word.Tests;

/// <summary>The briefing as a Word user receives it: its fonts travel inside it, Word asks nothing on opening, the
/// summary opens it and the source note closes it, and the paper follows the article's locale.</summary>
public sealed class OpeningTests
{
    private static readonly Lazy<byte[]> Nk = new(() => Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate()));

    [Fact]
    public void Settings_embed_fonts_and_ask_nothing_on_open()
    {
        using var doc = Briefings.Open(Nk.Value);
        var settings = doc.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<EmbedTrueTypeFonts>());
        Assert.NotNull(settings.GetFirstChild<SaveSubsetFonts>());
        Assert.Null(settings.GetFirstChild<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void Every_face_of_the_body_font_is_embedded_obfuscated_with_the_outlines_the_text_needs()
    {
        using var doc = Briefings.Open(Nk.Value);
        var main = doc.MainDocumentPart!;
        var table = main.FontTablePart!;
        var font = Assert.Single(table.Fonts!.Elements<Font>(), f => f.Name == "DejaVu Sans");
        var embeds = font.ChildElements.Where(e => e.LocalName.StartsWith("embed", StringComparison.Ordinal)).ToList();
        Assert.Equal(["embedRegular", "embedBold", "embedItalic", "embedBoldItalic"], embeds.Select(e => e.LocalName));
        var text = string.Concat(main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        using var dir = new TempDir();
        foreach (var embed in embeds)
        {
            var id = embed.GetAttributes().Single(a => a.LocalName == "id").Value!;
            var key = embed.GetAttributes().Single(a => a.LocalName == "fontKey").Value!;
            var part = (FontPart)table.GetPartById(id);
            Assert.Equal("application/vnd.openxmlformats-officedocument.obfuscatedFont", part.ContentType);
            using var stream = part.GetStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var raw = buffer.ToArray();
            Assert.NotEqual(0x00010000u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(raw));
            var path = dir.Combine(embed.LocalName + ".ttf");
            File.WriteAllBytes(path, Deobfuscate(raw, key));
            var face = FontFace.Load(path);
            Assert.Equal("DejaVu Sans", face.FamilyName);
            Assert.All(text.Where(c => !char.IsWhiteSpace(c)).Distinct(), c => Assert.True(face.HasGlyph(c), $"'{c}' in {embed.LocalName}"));
        }
    }

    [Fact]
    public void Embedded_fonts_are_a_fraction_of_the_full_faces()
    {
        var fullFaces = new FontLocator([]).Family("DejaVu Sans").Faces.Sum(f => f.Data.Length);
        Assert.True(Nk.Value.Length < fullFaces / 4, $"briefing {Nk.Value.Length} bytes; the four full faces are {fullFaces}");
    }

    [Fact]
    public void Summary_opens_and_source_note_closes_the_briefing_kept_with_the_text_before_it()
    {
        using var doc = Briefings.Open(Nk.Value);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        var summary = paragraphs.First(p => Style(p) == "Summary");
        Assert.StartsWith("NK (natural killer) cell therapy is a promising branch", summary.InnerText);
        Assert.Equal("DocumentInfo", Style((Paragraph)summary.PreviousSibling()!));

        var last = Assert.IsType<Paragraph>(body.Elements().Last(e => e is not SectionProperties));
        Assert.Equal("SourceNote", Style(last));
        // The date in the article's own long form (en-US: "December 19, 2025"), as on the patient pages (#15 item 6).
        Assert.StartsWith("Source: \u201CDebunking 3 Common Myths About NK Cell Therapy\u201D, by Yolanda, December 19, 2025.", last.InnerText);
        // The template's disclaimer stands between them (its style keeps it with the note; ClosingTests).
        var disclaimer = Assert.IsType<Paragraph>(last.PreviousSibling());
        Assert.Equal("Disclaimer", Style(disclaimer));
        var before = disclaimer.PreviousSibling()!;
        var keeps = before as Paragraph ?? before.Descendants<Paragraph>().Last();
        Assert.NotNull(keeps.ParagraphProperties?.KeepNext);
    }

    [Fact]
    public void Widow_and_orphan_control_is_on_for_every_paragraph()
    {
        using var doc = Briefings.Open(Briefings.Render(Briefings.NkArticle(), Briefings.BuiltIn()));
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.ParagraphPropertiesDefault!;
        Assert.NotNull(defaults.Descendants<WidowControl>().SingleOrDefault());
    }

    [Theory]
    [InlineData("en-US", 12240, 15840)]
    [InlineData("es-US", 12240, 15840)]
    [InlineData("en-GB", 11906, 16838)]
    [InlineData("es-ES", 11906, 16838)]
    public void Paper_follows_the_locale_when_the_template_names_no_size(string language, int width, int height)
    {
        var article = Briefings.NkArticle() is var a ? a with { Metadata = a.Metadata with { Language = language } } : null!;
        var size = PageSize(Briefings.Render(article, Briefings.ClinicianTemplate()));
        Assert.Equal((width, height), size);
    }

    [Fact]
    public void A_size_the_template_names_wins_over_the_locale()
    {
        var template = Briefings.ClinicianTemplate();
        template = template with { Page = template.Page with { Sizes = [Templates.PageSize.A4], SizesDeclared = true } };
        Assert.Equal((11906, 16838), PageSize(Briefings.Render(Briefings.NkArticle(), template)));
    }

    private static (int, int) PageSize(byte[] docx)
    {
        using var doc = Briefings.Open(docx);
        var size = doc.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
        return ((int)size.Width!.Value, (int)size.Height!.Value);
    }

    /// <summary>ECMA-376 Part 1, 17.8.1, written here apart from the writer: XOR the first 32 bytes with the key
    /// GUID's bytes, last hex pair first.</summary>
    private static byte[] Deobfuscate(byte[] data, string key)
    {
        var hex = key.Trim('{', '}').Replace("-", "");
        var reversed = Enumerable.Range(0, 16).Select(i => Convert.ToByte(hex.Substring(30 - 2 * i, 2), 16)).ToArray();
        var font = (byte[])data.Clone();
        for (var i = 0; i < 32; i++)
        {
            font[i] ^= reversed[i % 16];
        }

        return font;
    }

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
