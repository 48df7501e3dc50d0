using NkHandouts.Content;
using NkHandouts.Rendering;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests;

/// <summary>The NK leaflet read back with PdfPig: reading order, metadata, bookmarks, page sizes.</summary>
public sealed class LeafletContentTests(LeafletFixture leaflet) : IClassFixture<LeafletFixture>
{
    [Fact]
    public void Plan_names_a_screen_and_a_print_file_per_size()
    {
        var plans = new LeafletRenderer().Plan(leaflet.Article, leaflet.Template);
        Assert.Equal(
            ["nk-cell-therapy-myths.patient-leaflet.a4.pdf", "nk-cell-therapy-myths.patient-leaflet.a4.print.pdf", "nk-cell-therapy-myths.patient-leaflet.letter.pdf", "nk-cell-therapy-myths.patient-leaflet.letter.print.pdf"],
            plans.Select(p => p.FileName));
        Assert.Equal(["a4", "a4.print", "letter", "letter.print"], plans.Select(p => p.Variant));
        Assert.Equal([false, true, false, true], plans.Select(p => p.Print));
        Assert.True(((IRenderer)new LeafletRenderer()).CanRender(leaflet.Template));
    }

    [Fact]
    public void Reads_in_source_order_each_myth_before_its_fact_and_key_points_where_the_article_has_them()
    {
        var text = PdfText.ContentOrder(leaflet.Bytes["a4"]);
        var myths = leaflet.Article.Blocks.OfType<CalloutBlock>().Where(c => c.Kind is CalloutKind.Myth or CalloutKind.Fact).ToList();
        Assert.Equal(6, myths.Count);
        var phrases = new List<string> { leaflet.Article.Metadata.Title };
        foreach (var c in myths)
        {
            phrases.Add(c.Kind == CalloutKind.Myth ? "Myth" : "Fact");
            phrases.Add(First(c));
        }

        // This article keeps its key points in its conclusion, so the leaflet prints them there.
        phrases.AddRange(["Key points", "Recognizing that it is not a universal cure", "Questions to ask your care team", "Please note", "does not replace advice"]);
        PdfText.InOrder(text, [.. phrases]);
    }

    [Fact]
    public void Every_paragraph_of_the_article_is_printed()
    {
        // Footers (artifacts, skipped by screen readers) sit between a paragraph's halves in content order.
        var text = System.Text.RegularExpressions.Regex.Replace(PdfText.Squash(PdfText.ContentOrder(leaflet.Bytes["a4"])),
            @"RiversideCancerCareClinicVersion1\.0·ReviewbyDecember19,2026·Page\d+of\d+", "");
        foreach (var p in leaflet.Article.Blocks.OfType<ParagraphBlock>())
        {
            Assert.Contains(PdfText.Squash(p.PlainText), text);
        }
    }

    [Fact]
    public void Footer_shows_version_review_date_and_page_x_of_y()
    {
        using var doc = PdfDocument.Open(leaflet.Bytes["a4"]);
        var n = doc.NumberOfPages;
        Assert.Equal(leaflet.Results["a4"].Pages, n);
        foreach (var page in doc.GetPages())
        {
            Assert.Contains($"Version1.0·ReviewbyDecember19,2026·Page{page.Number}of{n}", PdfText.Squash(page.Text));
        }
    }

    [Fact]
    public void Metadata_title_author_dates_and_language()
    {
        using var doc = PdfDocument.Open(leaflet.Bytes["a4"]);
        var info = doc.Information;
        Assert.Equal(leaflet.Article.Metadata.Title, info.Title);
        Assert.Equal("Yolanda", info.Author);
        Assert.Contains("nk cell treatment", info.Keywords);
        Assert.StartsWith("D:20251219000000", info.CreationDate);
        var catalog = doc.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-US", ((UglyToad.PdfPig.Tokens.StringToken)catalog.Data["Lang"]).Data);
        var prefs = (UglyToad.PdfPig.Tokens.DictionaryToken)doc.Structure.GetObject(((UglyToad.PdfPig.Tokens.IndirectReferenceToken)catalog.Data["ViewerPreferences"]).Data).Data;
        Assert.Equal("True", prefs.Data["DisplayDocTitle"].ToString(), ignoreCase: true);
    }

    [Fact]
    public void Bookmarks_list_the_title_and_the_headings()
    {
        using var doc = PdfDocument.Open(leaflet.Bytes["a4"]);
        Assert.True(doc.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(b => b.Title).ToList();
        Assert.Equal(leaflet.Article.Metadata.Title, titles[0]);
        Assert.Contains("Key points", titles);
        Assert.Contains("Myth 2: \u2018NK Cells Work Alone.\u2019", titles);
        Assert.Contains("Questions to ask your care team", titles);
    }

    [Fact]
    public void Letter_and_A4_have_their_page_sizes_and_no_bleed_on_screen_files()
    {
        using var a4 = PdfDocument.Open(leaflet.Bytes["a4"]);
        using var letter = PdfDocument.Open(leaflet.Bytes["letter"]);
        Assert.Equal(595.28, a4.GetPage(1).Width, 1);
        Assert.Equal(841.89, a4.GetPage(1).Height, 1);
        Assert.Equal(612, letter.GetPage(1).Width, 1);
        Assert.Equal(792, letter.GetPage(1).Height, 1);
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("letter")]
    public void Body_lines_stay_within_about_70_characters_at_12_pt_or_more(string variant)
    {
        using var doc = PdfDocument.Open(leaflet.Bytes[variant]);
        var longest = 0;
        foreach (var page in doc.GetPages())
        {
            // Running text: letters of 12 pt and more (the footer and source note are smaller furniture).
            var lines = page.Letters.Where(l => l.PointSize >= 11.9).GroupBy(l => Math.Round(l.StartBaseLine.Y, 1));
            longest = Math.Max(longest, lines.Max(g => string.Concat(g.Select(l => l.Value)).TrimEnd().Length));
            Assert.True(page.Letters.Where(l => l.PointSize < 11.9).All(l => l.PointSize >= 9), "furniture below 9 pt");
        }

        Assert.InRange(longest, 55, 72);
    }

    [Fact]
    public void Render_reports_no_warnings_for_the_nk_article()
    {
        Assert.All(leaflet.Results.Values, r => Assert.Empty(r.Diagnostics));
    }

    private static string First(CalloutBlock c) =>
        string.Join(' ', c.Blocks.OfType<ParagraphBlock>().First().PlainText.Split(' ').Take(6));
}
