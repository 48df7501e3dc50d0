using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Tests;

/// <summary>The briefing ends as a leaflet does (#21 item 3): the template's disclaimer, then the source note, kept
/// together with the article's last paragraph; an article with a disclaimer of its own keeps only that one. And the
/// committed reference document carries what a clinic restyling it in Word must keep (#21 item 5).</summary>
public sealed class ClosingTests(LibreOfficeFixture office) : IClassFixture<LibreOfficeFixture>
{
    private static string Disclaimer => Briefings.ClinicianTemplate().OptionsAs<BriefingOptions>().Disclaimer!;

    [Fact]
    public void The_template_disclaimer_closes_the_briefing_before_the_source_note()
    {
        Assert.StartsWith("This briefing summarises published information for clinicians.", Disclaimer);
        using var doc = Briefings.Open(Briefings.Render(Briefings.NkArticle(), Briefings.ClinicianTemplate()));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("SourceNote", Style(paragraphs[^1]));
        Assert.Equal("Disclaimer", Style(paragraphs[^2]));
        Assert.Equal(Disclaimer, paragraphs[^2].InnerText);
        Assert.Single(paragraphs, p => p.InnerText == Disclaimer);
        Assert.NotNull(paragraphs[^3].ParagraphProperties?.GetFirstChild<KeepNext>()); // the article's last paragraph
        var style = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Disclaimer");
        Assert.NotNull(style.StyleParagraphProperties!.KeepNext); // with the source note
    }

    [Fact]
    public void The_text_reads_back_through_LibreOffice_at_the_end()
    {
        var pdf = office.Text("nk");
        var end = System.Text.RegularExpressions.Regex.Replace(pdf, @"\s+", " ");
        var disclaimer = end.IndexOf("This briefing summarises published information", StringComparison.Ordinal);
        var source = end.IndexOf("Source:", StringComparison.Ordinal);
        var lastWords = end.IndexOf("not simplistic myths.", StringComparison.Ordinal);
        Assert.True(lastWords > 0 && disclaimer > lastWords && source > disclaimer, $"article end {lastWords}, disclaimer {disclaimer}, source {source}");
    }

    [Fact]
    public void An_article_with_its_own_disclaimer_keeps_only_its_own()
    {
        using var dir = new TempDir();
        var path = dir.File("a.md", "---\ntitle: T\nlanguage: en-US\naudience: clinicians\n---\n\nBody text.\n\n::: disclaimer\nThe article's own disclaimer.\n:::\n");
        using var doc = Briefings.Open(Briefings.Render(Briefings.Load(path), Briefings.ClinicianTemplate()));
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("The article\u2019s own disclaimer.", text); // printed with the loader's typographic apostrophe
        Assert.DoesNotContain(Disclaimer, text);
    }

    [Fact]
    public void The_committed_reference_document_carries_the_styles_and_settings()
    {
        using var doc = WordprocessingDocument.Open(Path.Combine(Repo.Templates, "clinician-briefing", "reference.docx"), false);
        var main = doc.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        foreach (var id in new[] { "Summary", "SourceNote", "Disclaimer", "Myth", "Fact", "KeyPoints", "MythBox", "FactBox", "BriefingTable" })
        {
            Assert.True(styles.ContainsKey(id), id);
        }

        Assert.DoesNotContain(styles.Values, s => s.StyleName?.Val?.Value == "Box Spacing");
        Assert.Equal("E6F4EA", styles["Fact"].StyleParagraphProperties!.Shading!.Fill!.Value); // the label continues the box
        Assert.Equal("00704A", styles["Fact"].StyleRunProperties!.Color!.Val!.Value);
        var settings = main.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<EmbedTrueTypeFonts>());
        Assert.Null(settings.GetFirstChild<UpdateFieldsOnOpen>());
        Assert.NotEmpty(main.FontTablePart!.FontParts);
        // Its sample shows the disclaimer style in use, so a clinic restyling it sees what it changes.
        Assert.Contains(main.Document!.Body!.Descendants<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Disclaimer");
    }
}
