using NkHandouts.Diagnostics;
using NkHandouts.Leaflet;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests;

public sealed class LeafletFeatureTests
{
    [Fact]
    public void Web_address_gives_a_qr_code_figure_and_link_annotations()
    {
        var (bytes, result) = SampleArticle.Render(SampleArticle.Load(), SampleArticle.Leaflet);
        Assert.Empty(result.Diagnostics);
        Directory.CreateDirectory(LeafletFixture.OutputFolder); // the fixture that makes it may not have run yet
        File.WriteAllBytes(Path.Combine(LeafletFixture.OutputFolder, "sample.patient-leaflet.a4.pdf"), bytes);
        using var doc = PdfDocument.Open(bytes);
        var links = doc.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();
        Assert.Contains("https://example.org/guide", links);
        Assert.Contains(SampleArticle.Url, links);
        var text = PdfText.ContentOrder(bytes);
        PdfText.InOrder(text, "NK cell therapy and you", "What it is", "natural killer", "Is this right for me?", "Ask for our booklet", "Read the full article online", "Scan with your phone camera");
        Assert.Contains("/Alt(QR code linking to " + SampleArticle.Url + ")", System.Text.Encoding.Latin1.GetString(bytes));
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)doc.Structure.Catalog.CatalogDictionary.Data["Lang"]).Data);
    }

    [Fact]
    public void Tables_and_links_are_tagged()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        using var dir = new TempDir();
        var (bytes, _) = SampleArticle.Render(SampleArticle.Load(), SampleArticle.Leaflet);
        var path = dir.Combine("sample.pdf");
        File.WriteAllBytes(path, bytes);
        var tags = ExternalTool.Run(pdfinfo, "-struct", path).Stdout.Split('\n').Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Contains("Table", tags);
        Assert.Contains("THead", tags);
        Assert.Contains("TBody", tags);
        Assert.True(tags.IndexOf("THead") < tags.IndexOf("TBody"));
        Assert.Contains("TR", tags);
        Assert.Contains("TH:", tags);
        Assert.Contains("/Scope", tags);
        Assert.Contains("TD", tags);
        Assert.Contains("Link", tags);
        Assert.True(tags.IndexOf("TH:") < tags.IndexOf("TD"));
    }

    [Fact]
    public void Glyphs_no_font_has_are_reported_by_code_point()
    {
        var (_, result) = SampleArticle.Render(SampleArticle.Load("A strand of DNA \U0001F9EC is shown."), SampleArticle.Leaflet);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingGlyph, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("U+1F9EC", d.Message);
        Assert.EndsWith("sample.md", d.Location.Path);
    }

    [Fact]
    public void Unknown_font_is_a_located_error_naming_the_font_and_folders()
    {
        var template = SampleArticle.Leaflet;
        template = template with { Typography = template.Typography with { BodyFont = "No Such Sans", Fonts = [] } };
        var (_, result) = SampleArticle.Render(SampleArticle.Load(), template);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.FontNotFound, d.Code);
        Assert.True(d.IsError);
        Assert.Contains("'No Such Sans'", d.Message);
        Assert.Contains(Layout.FontLocator.SystemFolders()[0], d.Message);
        Assert.EndsWith("template.yaml", d.Location.Path);
        Assert.Equal(0, result.Pages);
    }

    [Fact]
    public void Justify_option_stretches_lines()
    {
        var template = SampleArticle.Leaflet;
        var article = SampleArticle.Load(string.Concat(Enumerable.Repeat("Your care team will explain each step of the treatment to you. ", 12)));
        var (ragged, _) = SampleArticle.Render(article, template);
        var (justified, _) = SampleArticle.Render(article, template with { Options = LeafletOptions.Of(template) with { Justify = true } });
        double RightEdge(byte[] pdf)
        {
            using var doc = PdfDocument.Open(pdf);
            var words = doc.GetPage(1).GetWords().Where(w => w.Text.Length > 1).ToList();
            return words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)).Where(g => g.Count() > 5).Select(g => g.Max(w => w.BoundingBox.Right)).Max();
        }

        Assert.True(RightEdge(justified) >= RightEdge(ragged));
        Assert.NotEqual(ragged, justified);
    }
}
