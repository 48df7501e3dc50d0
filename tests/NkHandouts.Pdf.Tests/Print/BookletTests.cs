using System.Text.RegularExpressions;
using NkHandouts.Layout;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

[Collection(PrintCollection.Name)]
public sealed partial class BookletTests(PrintFixture print)
{
    [Fact]
    public void Saddle_stitch_order_for_eight_pages()
    {
        var sides = SaddleStitch.Order(8).Select(s => (s.Left, s.Right)).ToArray();
        Assert.Equal([(8, 1), (2, 7), (6, 3), (4, 5)], sides.Select(s => (s.Left!.Value, s.Right!.Value)));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(5, 8)]
    [InlineData(6, 8)]
    [InlineData(8, 8)]
    [InlineData(9, 12)]
    public void Pages_are_padded_to_a_multiple_of_four_with_blanks(int pages, int padded)
    {
        var sides = SaddleStitch.Order(pages);
        Assert.Equal(padded / 2, sides.Count);
        var placed = sides.SelectMany(s => new[] { s.Left, s.Right }).ToList();
        Assert.Equal(padded - pages, placed.Count(p => p is null));
        Assert.Equal(Enumerable.Range(1, pages), placed.OfType<int>().Order());
    }

    [Fact]
    public void Six_pages_leave_blanks_inside_the_back_cover()
    {
        // Padded to 8: reading pages 7 and 8 are blank, so sheet 1 front is blank|1 and back 2|blank.
        var sides = SaddleStitch.Order(6);
        Assert.Equal((null, 1), (sides[0].Left, sides[0].Right));
        Assert.Equal((2, null), (sides[1].Left, sides[1].Right));
    }

    [Fact]
    public void Imposed_sheets_carry_the_reading_pages_in_saddle_stitch_order()
    {
        var reading = print.Get("booklet-a5", "a5");
        var imposed = print.Get("booklet-a5", "a5.imposed");
        var pages = reading.Result.Pages;
        Assert.True(pages >= 4);
        using var pdf = PdfDocument.Open(imposed.Bytes);
        Assert.Equal(SaddleStitch.PaddedCount(pages) / 2, pdf.NumberOfPages);
        var expected = SaddleStitch.Order(pages);
        for (var i = 1; i <= pdf.NumberOfPages; i++)
        {
            var page = pdf.GetPage(i);
            var mid = page.Width / 2;
            var text = page.GetWords().ToList();
            int? Label(bool right)
            {
                var half = string.Join(" ", text.Where(w => right ? w.BoundingBox.Left >= mid : w.BoundingBox.Right <= mid).Select(w => w.Text));
                var m = PageLabel().Match(half);
                return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            }

            Assert.Equal((expected[i - 1].Left, expected[i - 1].Right), (Label(false), Label(true)));
            Assert.All(text, w => Assert.True(w.BoundingBox.Right <= mid + 0.5 || w.BoundingBox.Left >= mid - 0.5, $"'{w.Text}' straddles the spine"));
        }
    }

    [Fact]
    public void Imposed_file_is_clean_for_qpdf_untagged_and_has_no_links()
    {
        var imposed = print.Get("booklet-a5", "a5.imposed");
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var r = ExternalTool.Run(qpdf, "--check", imposed.Path);
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("WARNING", r.Stdout + r.Stderr, StringComparison.OrdinalIgnoreCase);
        var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", "poppler-utils"), imposed.Path);
        Assert.Matches(@"Tagged:\s+no", info.Stdout);
        using var pdf = PdfDocument.Open(imposed.Bytes);
        Assert.All(pdf.GetPages(), p => Assert.Empty(p.GetHyperlinks()));
    }

    [Fact]
    public void Reading_page_footers_sit_on_the_outer_edge_of_each_spread()
    {
        using var pdf = PdfDocument.Open(print.Get("booklet-a5", "a5").Bytes);
        var margin = 14 * 72 / 25.4;
        foreach (var page in pdf.GetPages())
        {
            var version = page.GetWords().Last(w => w.Text == "Version");
            var line = page.GetWords().Where(w => Math.Abs(w.BoundingBox.Bottom - version.BoundingBox.Bottom) < 1).ToList();
            if (page.Number % 2 == 0)
            {
                Assert.Equal(margin, line.Min(w => w.BoundingBox.Left), 1.5);
            }
            else
            {
                Assert.Equal(page.Width - margin, line.Max(w => w.BoundingBox.Right), 1.5);
            }
        }
    }

    [GeneratedRegex(@"Page (\d+) of \d+")]
    private static partial Regex PageLabel();
}
