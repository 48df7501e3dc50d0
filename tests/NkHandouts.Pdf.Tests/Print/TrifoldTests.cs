using NkHandouts.Leaflet.Trifold;
using NkHandouts.Templates;
using SkiaSharp;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

[Collection(PrintCollection.Name)]
public sealed class TrifoldTests(PrintFixture print)
{
    private const double Mm = 72 / 25.4;

    [Fact]
    public void A4_panels_are_97_100_100_outside_and_mirrored_inside()
    {
        var panels = TrifoldPanels.For(PageSize.A4.Landscape().Width.Points, []);
        Assert.Equal([97, 100, 100], panels.Outside.Select(p => Math.Round(p / Mm, 2)));
        Assert.Equal([100, 100, 97], panels.Inside.Select(p => Math.Round(p / Mm, 2)));
    }

    [Fact]
    public void Letter_panels_fill_the_sheet_with_the_flap_3mm_narrower()
    {
        var width = PageSize.Letter.Landscape().Width.Points;
        var panels = TrifoldPanels.For(width, []);
        Assert.Equal(width, panels.Outside.Sum(), 6);
        Assert.Equal(panels.Outside[1], panels.Outside[2], 6);
        Assert.Equal(3, (panels.Outside[1] - panels.Outside[0]) / Mm, 6);
        Assert.True(panels.Outside[1] / Mm <= 104.775, "folded width fits a No. 10 envelope (4 1/8 in)");
    }

    [Fact]
    public void Template_panels_are_used_when_they_add_up_to_the_sheet()
    {
        var width = PageSize.A4.Landscape().Width.Points;
        var panels = TrifoldPanels.For(width, [Length.FromMm(95), Length.FromMm(101), Length.FromMm(101)]);
        Assert.Equal([95, 101, 101], panels.Outside.Select(p => Math.Round(p / Mm, 2)));
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("a4.print")]
    [InlineData("letter")]
    [InlineData("letter.print")]
    public void The_whole_article_fits_the_panels(string variant)
    {
        var o = print.Get("trifold-leaflet", variant);
        Assert.DoesNotContain(o.Result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(2, o.Result.Pages);
        var text = PdfText.Squash(PdfText.ContentOrder(o.Bytes));
        Assert.Contains(PdfText.Squash("Your hopes should rest on what is known today."), text);
    }

    [Theory]
    [InlineData("a4", 297)]
    [InlineData("letter", 279.4)]
    public void Each_part_sits_in_its_panel(string size, double sheetMm)
    {
        var o = print.Get("trifold-leaflet", size);
        var panels = TrifoldPanels.For(sheetMm * Mm, []);
        var outside = TrifoldPanels.Edges(panels.Outside).Append(sheetMm * Mm).ToArray();
        var inside = TrifoldPanels.Edges(panels.Inside).Append(sheetMm * Mm).ToArray();
        using var pdf = PdfDocument.Open(o.Bytes);
        int PanelOf(int page, string word)
        {
            var w = pdf.GetPage(page).GetWords().First(x => x.Text == word);
            var edges = page == 1 ? outside : inside;
            return Enumerable.Range(0, 3).Single(i => w.BoundingBox.Left >= edges[i] && w.BoundingBox.Right <= edges[i + 1]);
        }

        Assert.Equal(0, PanelOf(1, "Key"));        // inside flap
        Assert.Equal(1, PanelOf(1, "Contact"));    // back panel
        Assert.Equal(2, PanelOf(1, "Therapy:"));   // cover
        Assert.Equal(0, PanelOf(2, "1:"));         // Myth 1 on the inside left
        Assert.Equal(2, PanelOf(2, "means"));      // "What this means for you" ends the inside
    }

    [Fact]
    public void Tagged_reading_order_is_cover_flap_inside_back()
    {
        var pdfinfo = ExternalTool.Require("pdfinfo", "poppler-utils");
        var r = ExternalTool.Run(pdfinfo, "-struct-text", print.Get("trifold-leaflet", "a4.print").Path);
        Assert.Equal(0, r.ExitCode);
        PdfText.InOrder(r.Stdout, "NK Cell Therapy: 3 Myths", "NK cell therapy is a kind of immunotherapy", "Key points", "Questions to ask",
            "Myth 1:", "Myth 2:", "Myth 3:", "What this means for you", "Contact us", "Review by");
        var info = ExternalTool.Run(pdfinfo, print.Get("trifold-leaflet", "a4.print").Path);
        Assert.Matches(@"Tagged:\s+yes", info.Stdout);
    }

    [Fact]
    public void Fold_marks_sit_at_the_panel_edges_of_each_side()
    {
        ExternalTool.Require("pdftoppm", "poppler-utils");
        var pages = print.PopplerPages(print.Get("trifold-leaflet", "a4.print"));
        var px = 72.0 / PrintFixture.Dpi;
        var trimLeft = 9 * Mm; // bleed 3 mm + slug 6 mm
        foreach (var (page, folds) in new[] { (0, new[] { 97.0, 197.0 }), (1, new[] { 100.0, 200.0 }) })
        {
            using var b = SKBitmap.Decode(pages[page]);
            foreach (var fold in folds)
            {
                var x = (int)Math.Round((trimLeft + fold * Mm) / px);
                var ink = Enumerable.Range(0, (int)(5 * Mm / px)).Count(y => Enumerable.Range(x - 1, 3).Any(xx => NonWhite(b.GetPixel(xx, y))));
                Assert.True(ink >= 3, $"page {page + 1}: no fold mark at {fold} mm");
            }

            // … and none where there is no fold (the middle of a panel).
            var mid = (int)Math.Round((trimLeft + 50 * Mm) / px);
            Assert.Equal(0, Enumerable.Range(0, (int)(5 * Mm / px)).Count(y => NonWhite(b.GetPixel(mid, y))));
        }
    }

    private static bool NonWhite(SKColor c) => c.Red + c.Green + c.Blue < 3 * 220;
}
