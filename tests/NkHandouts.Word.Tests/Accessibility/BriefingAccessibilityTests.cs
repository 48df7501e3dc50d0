using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Diagnostics;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace NkHandouts.Word.Tests.Accessibility;

/// <summary>Briefings pass the independent DOCX accessibility check (<see cref="DocxAccessibility"/>), and the check
/// catches each failure it is for when one is planted in a good briefing.</summary>
public sealed class BriefingAccessibilityTests
{
    [Fact]
    public void Nk_briefing_with_the_reference_document_passes() =>
        Assert.Empty(DocxAccessibility.Check(Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate())));

    [Fact]
    public void Nk_briefing_with_the_built_in_styles_passes() =>
        Assert.Empty(DocxAccessibility.Check(Briefings.Render(Briefings.NkArticle(), Briefings.BuiltIn())));

    [Fact]
    public void Nk_briefing_has_no_blank_paragraph_and_no_spacer_style()
    {
        var docx = Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate(), out var result);
        Assert.Empty(result.Diagnostics);
        using var doc = Briefings.Open(docx);
        var main = doc.MainDocumentPart!;
        Assert.All(main.Document!.Body!.Descendants<Paragraph>(), p => Assert.False(string.IsNullOrWhiteSpace(p.InnerText), "blank paragraph after: " + p.PreviousSibling()?.InnerText));
        Assert.DoesNotContain(DocxAccessibility.Check(docx), f => f.Rule == "empty-paragraph");
        Assert.DoesNotContain(main.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleName?.Val?.Value == "Box Spacing");

        // The space after a box is the next paragraph's space before: 8 pt where its style asks for less.
        var blocks = main.Document.Body.Descendants().Where(e => e is Table || e is Paragraph && e.Ancestors<Table>().FirstOrDefault() is null).ToList();
        var afterBox = blocks.Where((e, i) => i > 0 && blocks[i - 1] is Table).Cast<Paragraph>().ToList();
        Assert.Equal(7, afterBox.Count); // 3 myths, 3 facts, key points
        Assert.All(afterBox, p => Assert.Equal("160", p.ParagraphProperties?.SpacingBetweenLines?.Before?.Value));
        Assert.Equal(3, afterBox.Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Fact")); // each fact's label after its myth
    }

    [Fact]
    public void Every_block_article_passes_but_for_the_one_blank_the_writer_reports()
    {
        // Its Markdown table comes straight after a box: Word would join two touching tables, so the writer has to
        // put a blank paragraph between them, and says so (NK421, at the table's line).
        using var synthetic = new SyntheticArticle();
        foreach (var template in new[] { Briefings.BuiltIn(), Briefings.ClinicianTemplate() })
        {
            var docx = Briefings.Render(synthetic.Article, template, out var result);
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.BriefingBlankParagraph, warning.Code);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(synthetic.Path, warning.Location.Path);
            Assert.Equal(Line(SyntheticArticle.Markdown, "| Drug | Dose | Notes |"), warning.Location.Line);

            var finding = Assert.Single(DocxAccessibility.Check(docx));
            Assert.Equal("empty-paragraph", finding.Rule);
            Assert.Contains("after a table", finding.Message);
        }
    }

    [Fact]
    public void Fact_label_passes_AA_on_its_fill_and_every_style_pair_does()
    {
        var template = Briefings.ClinicianTemplate();
        var c = template.Brand.Colours;
        Assert.True(Templates.Colour.Contrast(c.Accent, c.FactBackground) >= 4.5, $"accent {c.Accent} on {c.FactBackground}");
        // The default the clinician template inherits (it names no accent), was #007F5F: 4.40:1 on #E6F4EA.
        Assert.Equal("#00704A", new Templates.BrandColours().Accent.ToString());
    }

    public static TheoryData<string> Mutations() => ["empty-paragraph", "contrast", "image-alt", "image-title", "table-header", "heading-order", "title", "language"];

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Check_reports_exactly_the_planted_failure(string rule)
    {
        using var synthetic = new SyntheticArticle();
        var good = Briefings.Render(synthetic.Article, Briefings.BuiltIn());
        var baseline = DocxAccessibility.Check(good).Select(f => f.ToString()).ToList();
        using var stream = new MemoryStream();
        stream.Write(good);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            Plant(doc, rule);
        }

        var findings = DocxAccessibility.Check(stream.ToArray()).Where(f => !baseline.Contains(f.ToString())).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(rule, finding.Rule);
    }

    private static void Plant(WordprocessingDocument doc, string rule)
    {
        var main = doc.MainDocumentPart!;
        var body = main.Document!.Body!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        switch (rule)
        {
            case "empty-paragraph":
                body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("Opening paragraph", StringComparison.Ordinal)).InsertAfterSelf(new Paragraph());
                break;
            case "contrast":
                // The colour the FACT label had before #16: #007F5F on #E6F4EA, 4.40:1.
                styles.Elements<Style>().Single(s => s.StyleId == "Fact").StyleRunProperties!.Color!.Val = "007F5F";
                break;
            case "image-alt":
                body.Descendants<DW.DocProperties>().First().Description = null;
                break;
            case "image-title":
                body.Descendants<DW.DocProperties>().First().Title = null;
                break;
            case "table-header":
                body.Descendants<TableHeader>().First().Remove();
                break;
            case "heading-order":
                body.Descendants<ParagraphStyleId>().First(s => s.Val == "Heading2").Val = "Heading3";
                break;
            case "title":
                doc.PackageProperties.Title = null;
                break;
            case "language":
                styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Remove();
                doc.PackageProperties.Language = null;
                break;
        }
    }

    private static int Line(string text, string start) =>
        text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.TrimStart().StartsWith(start, StringComparison.Ordinal)).i + 1 + 0;
}
