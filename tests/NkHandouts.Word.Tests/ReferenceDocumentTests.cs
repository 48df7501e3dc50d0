using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Word.Tests;

/// <summary>A reference document restyled in Word drives the briefing's look; a broken one gives a located
/// diagnostic and a briefing in the built-in styles, never an exception.</summary>
public sealed class ReferenceDocumentTests
{
    private static readonly string Committed = Path.Combine(Repo.Templates, "clinician-briefing", "reference.docx");

    private static Template WithReference(string path) =>
        Briefings.ClinicianTemplate() with { Options = new BriefingOptions { Reference = path, TableOfContents = true } };

    [Fact]
    public void Restyled_reference_changes_the_briefing_and_missing_styles_are_added_back()
    {
        using var dir = new TempDir();
        var path = dir.Combine("reference.docx");
        File.Copy(Committed, path);
        using (var doc = WordprocessingDocument.Open(path, true))
        {
            var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
            heading.StyleRunProperties!.Color!.Val = "FF0000";
            styles.Elements<Style>().Single(s => s.StyleId == "Fact").Remove();
            doc.MainDocumentPart.HeaderParts.Single().Header!.Descendants<Paragraph>().First().Append(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("Restyled header")));
        }

        var docx = Briefings.Render(Briefings.NkArticle(), WithReference(path), out var result);
        Assert.Empty(result.Diagnostics);
        using var output = Briefings.Open(docx);
        var outStyles = output.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.Equal("FF0000", outStyles.Single(s => s.StyleId == "Heading1").StyleRunProperties!.Color!.Val!.Value);
        Assert.Single(outStyles, s => s.StyleId == "Fact");
        Assert.Contains("Restyled header", output.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
        Assert.Contains("Debunking 3 Common Myths", output.MainDocumentPart.HeaderParts.Single().Header!.InnerText);
        Assert.Empty(Briefings.ValidationErrors(docx));
    }

    [Fact]
    public void Corrupt_reference_gives_a_located_diagnostic_and_a_valid_briefing()
    {
        using var dir = new TempDir();
        var path = dir.File("reference.docx", "this is not a zip file");
        AssertRefused(path, "not a complete zip archive");
    }

    [Fact]
    public void Truncated_reference_gives_a_located_diagnostic()
    {
        using var dir = new TempDir();
        var path = dir.Combine("reference.docx");
        var bytes = File.ReadAllBytes(Committed);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        AssertRefused(path, "reference document");
    }

    [Fact]
    public void Zip_bomb_is_refused_by_its_uncompressed_size()
    {
        using var dir = new TempDir();
        var path = dir.Combine("reference.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                stream.Write(zeros);
            }
        }

        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the bomb should be small on disk");
        AssertRefused(path, "expands to");
    }

    [Fact]
    public void Zip_without_word_parts_is_refused()
    {
        using var dir = new TempDir();
        var path = dir.Combine("reference.docx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        AssertRefused(path, "reference document");
    }

    private static void AssertRefused(string path, string expected)
    {
        var docx = Briefings.Render(Briefings.NkArticle(), WithReference(path), out var result);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ReferenceDocumentInvalid, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(path, diagnostic.Location.Path);
        Assert.Contains(expected, diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(diagnostic.Hint);
        Assert.Empty(Briefings.ValidationErrors(docx));
    }
}
