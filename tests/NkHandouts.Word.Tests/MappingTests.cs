using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Tests;

/// <summary>Reads a briefing back with the SDK and checks each Markdown construct became the Word construct it should.</summary>
public sealed class MappingTests : IDisposable
{
    private readonly SyntheticArticle _synthetic = new();
    private readonly WordprocessingDocument _doc;
    private readonly MainDocumentPart _main;

    public MappingTests()
    {
        _doc = Briefings.Open(Briefings.Render(_synthetic.Article, Briefings.BuiltIn()));
        _main = _doc.MainDocumentPart!;
    }

    public void Dispose()
    {
        _doc.Dispose();
        _synthetic.Dispose();
    }

    private Body Body => _main.Document!.Body!;

    /// <summary>The body's paragraphs and tables in order, looking through the block content controls that carry
    /// block identity (the table of contents' control is kept as it is).</summary>
    private IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Blocks => Flatten(Body);

    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Flatten(DocumentFormat.OpenXml.OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is SdtBlock { SdtProperties: { } props, SdtContentBlock: { } content } && props.GetFirstChild<Tag>() is not null)
            {
                foreach (var inner in Flatten(content))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private Paragraph ParagraphWith(string text) =>
        Body.Descendants<Paragraph>().First(p => p.InnerText.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Built_in_style_set_is_complete()
    {
        var ids = _main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        string[] expected = ["Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber", "Quote",
            "Myth", "Fact", "KeyPoints", "MythBox", "FactBox", "KeyPointsBox", "Caption", "TOC1", "TOC2", "TOC3", "Hyperlink", "FootnoteText", "FootnoteReference"];
        Assert.All(expected, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Title_block_carries_title_subtitle_and_info_line()
    {
        var first = Blocks.OfType<Paragraph>().Take(3).ToList();
        Assert.Equal(["Title", "Subtitle", "DocumentInfo"], first.Select(StyleOf));
        Assert.Equal("Every Kind of Block", first[0].InnerText);
        // Label and value are joined by no-break spaces, so a line never wraps inside a pair.
        Assert.Contains("Version:\u00A02.3", first[2].InnerText);
        // Long form in the article's language (en-GB), not ISO.
        Assert.Contains("Review\u00A0by:\u00A030\u00A0June\u00A02026", first[2].InnerText);
    }

    [Fact]
    public void Headings_map_to_word_headings_without_skipping_levels()
    {
        var levels = Blocks.OfType<Paragraph>().Select(StyleOf).Where(s => s?.StartsWith("Heading", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["Heading1", "Heading2", "Heading3", "Heading1"], levels);
    }

    [Fact]
    public void Lists_use_list_styles_backed_by_numbering_definitions()
    {
        var numbering = _main.NumberingDefinitionsPart!.Numbering!;
        var styles = _main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var bulletNum = styles["ListBullet"].StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var bulletAbstract = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == bulletNum).AbstractNumId!.Val!.Value;
        var bulletLevel0 = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == bulletAbstract).Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Bullet, bulletLevel0.NumberingFormat!.Val!.Value);

        var nested = ParagraphWith("Nested bullet item");
        Assert.Equal("ListBullet", StyleOf(nested));
        Assert.Equal(1, nested.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        Assert.Equal(2, ParagraphWith("Deep numbered item").ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);

        // Each ordered list is its own numbering instance starting where the Markdown list starts.
        int StartOf(string text)
        {
            var numId = ParagraphWith(text).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
            return numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId)
                .GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value;
        }

        Assert.Equal(3, StartOf("Numbered item three"));
        Assert.Equal(1, StartOf("Restarted numbered item"));
        Assert.Equal("ListNumber", StyleOf(ParagraphWith("Restarted numbered item")));
        Assert.Equal("ListContinue", StyleOf(ParagraphWith("Second paragraph of item two")));
    }

    [Fact]
    public void Callouts_are_one_cell_tables_with_callout_styles_and_labels_above_them()
    {
        var blocks = Blocks.ToList();
        var boxes = blocks.OfType<Table>().Where(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value!.EndsWith("Box", StringComparison.Ordinal)).ToList();
        Assert.Equal(["MythBox", "FactBox", "KeyPointsBox", "CalloutBox"], boxes.Select(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value));
        Assert.All(boxes, b => Assert.Single(b.Descendants<W.TableCell>()));
        // The label is the paragraph just above the table (two boxes in a row are never two touching tables).
        var labels = boxes.Select(b => Assert.IsType<Paragraph>(blocks[blocks.IndexOf(b) - 1])).ToList();
        Assert.Equal(["Myth", "Fact", "KeyPoints", "Callout"], labels.Select(StyleOf));
        Assert.Equal(["Myth", "The reality", "Key points", "Important"], labels.Select(p => p.InnerText));
        Assert.Equal("ListBullet", StyleOf(boxes[2].Descendants<Paragraph>().First()));
        Assert.Empty(Body.Descendants<DocumentFormat.OpenXml.Vml.TextBox>());
    }

    [Fact]
    public void Myth_and_fact_boxes_differ_by_icon_and_edge_as_well_as_word_and_colour()
    {
        var boxes = Blocks.OfType<Table>().ToDictionary(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value!, t => t);
        // The label paragraph stands just above its box (a table), and carries the icon.
        string? IconOf(string box) => boxes[box].ElementsBefore().OfType<Paragraph>().Last().Descendants<SymbolChar>().SingleOrDefault()?.Char?.Value;
        Assert.Equal("2716", IconOf("MythBox")); // ✖
        Assert.Equal("2714", IconOf("FactBox")); // ✔
        Assert.Null(IconOf("KeyPointsBox"));

        var styles = _main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        BorderValues EdgeOf(string style) => styles[style].StyleTableProperties!.TableBorders!.LeftBorder!.Val!.Value;
        Assert.Equal(BorderValues.Dashed, EdgeOf("MythBox"));
        Assert.Equal(BorderValues.Single, EdgeOf("FactBox"));
        string ColourOf(string style) => styles[style].StyleRunProperties!.Color!.Val!.Value!;
        Assert.NotEqual(ColourOf("Myth"), ColourOf("Fact"));
    }

    [Fact]
    public void Table_header_row_repeats_and_alignment_is_kept()
    {
        var table = Blocks.OfType<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == "BriefingTable");
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        var dose = rows[1].Elements<W.TableCell>().ElementAt(1).Descendants<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, dose.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Hyperlinks_are_external_relationships_with_explicit_ids()
    {
        var links = _main.HyperlinkRelationships.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (r.Id, r.Uri.ToString(), r.IsExternal)).ToList();
        Assert.Equal([("rIdLink1", "https://example.org/guide", true), ("rIdLink2", "mailto:clinic@example.org", true)], links);
        Assert.Equal(["rIdLink1", "rIdLink2", "rIdLink1"], Blocks.OfType<Paragraph>().First(p => p.InnerText.StartsWith("Opening", StringComparison.Ordinal))
            .Elements<Hyperlink>().Select(h => h.Id!.Value));
        var footnoteLink = Assert.Single(_main.FootnotesPart!.HyperlinkRelationships);
        Assert.Equal("https://example.org/ref", footnoteLink.Uri.ToString());
    }

    [Fact]
    public void Footnotes_are_word_footnotes()
    {
        var notes = _main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Type is null).ToList();
        Assert.Equal([1, 2], notes.Select(n => (int)n.Id!.Value));
        Assert.Contains("First footnote with a link.", notes[0].InnerText);
        Assert.NotNull(notes[0].Descendants<FootnoteReferenceMark>().SingleOrDefault());
        Assert.Equal([1, 2], Body.Descendants<FootnoteReference>().Select(r => (int)r.Id!.Value));
    }

    [Fact]
    public void Images_are_embedded_with_alt_text_and_caption()
    {
        var docPr = Assert.Single(Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.Equal("A blue test square", docPr.Description!.Value);
        var image = Assert.Single(_main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.Equal("rIdImg1", _main.GetIdOfPart(image));
        Assert.Equal("Caption", StyleOf(ParagraphWith("Figure 1: a blue square")));
    }

    [Fact]
    public void Table_of_contents_is_a_filled_in_toc_field_and_word_asks_nothing_on_open()
    {
        var instruction = Assert.Single(Body.Descendants<FieldCode>());
        Assert.Contains("TOC \\o \"1-3\"", instruction.Text);
        Assert.Null(_main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>());
        Assert.DoesNotContain("updateFields", _main.DocumentSettingsPart.Settings.OuterXml, StringComparison.Ordinal);
        Assert.Equal(["Section Heading Alpha", "Sub Heading Beta", "Deep Heading Gamma", "Section Heading Delta"],
            Assert.Single(Blocks.OfType<SdtBlock>()).Descendants<Hyperlink>().Select(h => h.InnerText));
        var anchors = Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(Body.Descendants<Hyperlink>().Where(h => h.Anchor is not null), h => Assert.Contains(h.Anchor!.Value, anchors));
    }

    [Fact]
    public void Header_and_footer_hold_title_and_page_fields()
    {
        var header = Assert.Single(_main.HeaderParts).Header!;
        var footer = Assert.Single(_main.FooterParts).Footer!;
        Assert.Contains(header.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "TITLE" && f.InnerText == "Every Kind of Block");
        Assert.Equal(["PAGE", "NUMPAGES"], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()));
    }

    [Fact]
    public void Language_is_set_for_spelling()
    {
        var lang = _main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;
        Assert.Equal("en-GB", lang.Val!.Value);
        Assert.Equal("en-GB", _main.DocumentSettingsPart!.Settings!.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        Assert.Equal("en-GB", _doc.PackageProperties.Language);
    }

    [Fact]
    public void Core_properties_come_from_the_article_and_the_render_timestamp()
    {
        var p = _doc.PackageProperties;
        Assert.Equal("Every Kind of Block", p.Title);
        Assert.Equal("Test Author", p.Creator);
        Assert.Equal("A synthetic article for the briefing writer", p.Subject);
        Assert.Equal("alpha, beta", p.Keywords);
        Assert.Equal(Briefings.Timestamp.UtcDateTime, p.Created!.Value.ToUniversalTime());
        Assert.Equal(Briefings.Timestamp.UtcDateTime, p.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Custom_properties_hold_version_review_date_and_source_hash()
    {
        var props = _doc.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal("2.3", props["Version"]);
        Assert.Equal("2026-06-30", props["ReviewBy"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_synthetic.Path))), props["SourceHash"]);
    }

    [Fact]
    public void Nothing_is_locked()
    {
        var settings = _main.DocumentSettingsPart!.Settings!;
        Assert.Null(settings.GetFirstChild<DocumentProtection>());
        Assert.Null(settings.GetFirstChild<WriteProtection>());
        Assert.Empty(_main.StyleDefinitionsPart!.Styles!.Descendants<Locked>());
    }
}
