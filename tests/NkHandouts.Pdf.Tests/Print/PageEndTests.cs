using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Leaflet;
using NkHandouts.Leaflet.Parts;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Pagination round 8, #1: a page of a patient leaflet may end early only for a stated reason. The space each page
/// leaves is measured on the built PDF (PdfPig: the lowest glyph or box above the footer rule); the reason is the
/// layout's own account (<see cref="LayoutReport.PageEnds"/>) of the same leaflet laid out again. A page more than a
/// tenth empty must name a block that did not fit or a keep — never "continues on the next page", which would mean
/// a block stopped short for no rule — and the layout's account of the space left must agree with the PDF's.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class PageEndTests(PrintFixture print, ITestOutputHelper output)
{
    [Theory]
    [InlineData("patient-leaflet", "a4")]
    [InlineData("patient-leaflet", "letter")]
    [InlineData("booklet-a5", "a5")]
    [InlineData("large-print", "a4")]
    public void A_page_ends_early_only_for_a_stated_reason(string template, string variant)
    {
        var o = print.Get(template, variant);
        var t = o.Plan.Template;
        var composed = LeafletOptions.Of(t).Layout.Compose(print.Article, t, LeafletFonts.For(t), new DiagnosticBag(), o.Plan.Size ?? t.Page.Sizes[0], print: false);
        var report = composed.Layout.Render(new NullSurface());

        using var pdf = PdfDocument.Open(o.Bytes);
        var pages = pdf.GetPages().ToList();
        Assert.Equal(pages.Count, report.Pages);
        Assert.Equal(pages.Count - 1, report.PageEnds.Count);
        foreach (var end in report.PageEnds)
        {
            var page = pages[end.Page - 1];
            var (bodyTop, bodyBottom) = Body(page);
            var lowest = Lowest(page, bodyBottom);
            var left = lowest - bodyBottom; // PDF y grows upwards
            var share = left / (bodyTop - bodyBottom);
            output.WriteLine($"{o.Plan.FileName} page {end.Page}: {share:P0} empty ({left:0} pt in the PDF, {end.SpaceLeft:0} pt by the layout): {end.Reason}");

            // The layout's space left runs to the body's foot; the PDF's, to the lowest mark drawn (a box's padding
            // and a line's descent lie between the two): they agree within a line.
            Assert.InRange(left - end.SpaceLeft, -2, PdfRead.BodySize(page.Letters) * 2);
            if (share > 0.10)
            {
                Assert.DoesNotContain("continues on the next page", end.Reason, StringComparison.Ordinal);
                Assert.Matches("(does not fit|keeps with what follows|ends early)", end.Reason);
            }
        }
    }

    /// <summary>Top of the body (the top margin) and its foot: just above the footer's rule, found as the thin
    /// horizontal stroke or fill above the page-number line.</summary>
    private static (double Top, double Bottom) Body(UglyToad.PdfPig.Content.Page page)
    {
        var footerText = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.BoundingBox.Bottom);
        var rule = page.Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height < 2 && r.Width > page.Width / 3 && r.Bottom > footerText && r.Bottom < footerText + 40)
            .Min(r => r.Top);
        return (page.Height, rule);
    }

    /// <summary>The lowest glyph or filled box above the footer rule (boxes end below their last line).</summary>
    private static double Lowest(UglyToad.PdfPig.Content.Page page, double bodyBottom)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Bottom > bodyBottom + 1).Select(l => l.BoundingBox.Bottom);
        var boxes = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Height > 5 && r.Bottom > bodyBottom + 1 && r.Width < page.Width * 0.95).Select(r => r.Bottom);
        return letters.Concat(boxes).Min();
    }
}
