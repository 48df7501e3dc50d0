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
            var line = FooterLine(page, "Page");
            // The page number on the outer edge: first on a left-hand (even) page, last on a right-hand one.
            var number = $"Page {page.Number} of {pdf.NumberOfPages}";
            Assert.True(page.Number % 2 == 0 ? Words(line).StartsWith(number, StringComparison.Ordinal) : Words(line).EndsWith(number, StringComparison.Ordinal), Words(line));
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

    /// <summary>#15: a stapled booklet's footer is one line (title and page number, no version or date), so it costs
    /// each page one line, not two; the version and review date are printed once, in long form, at the end of the
    /// last page, above its footer.</summary>
    [Fact]
    public void The_footer_is_one_line_and_the_review_date_closes_the_last_page()
    {
        var article = print.Article;
        using var pdf = PdfDocument.Open(print.Get("booklet-a5", "a5").Bytes);
        AssertOneLineFooters(pdf, "Page");
        foreach (var page in pdf.GetPages())
        {
            var footer = Words(FooterLine(page, "Page"));
            Assert.StartsWith(page.Number % 2 == 0 ? "Page" : article.Metadata.Title, footer, StringComparison.Ordinal);
            Assert.Contains(article.Metadata.Title, footer, StringComparison.Ordinal);
            Assert.DoesNotContain("Version", footer, StringComparison.Ordinal);
        }

        var last = pdf.GetPage(pdf.NumberOfPages);
        var edition = last.GetWords().Where(w => w.Text == "Version").ToList();
        var word = Assert.Single(edition);
        var line = Words(last.GetWords().Where(w => Math.Abs(w.BoundingBox.Bottom - word.BoundingBox.Bottom) < 1));
        Assert.Equal("Version 1.0 · Review by December 19, 2026", line);
        Assert.True(word.BoundingBox.Bottom > FooterLine(last, "Page")[0].BoundingBox.Top + 12, "the edition line is part of the page, above the footer");
        Assert.All(pdf.GetPages().SkipLast(1), p => Assert.DoesNotContain(p.GetWords(), w => w.Text is "Version" or "Review"));
    }

    /// <summary>The footer line: the words on the baseline of the lowest <paramref name="pageWord"/> of the page.</summary>
    internal static List<UglyToad.PdfPig.Content.Word> FooterLine(UglyToad.PdfPig.Content.Page page, string pageWord)
    {
        var anchor = page.GetWords().Where(w => w.Text == pageWord).MinBy(w => w.BoundingBox.Bottom)!;
        return [.. page.GetWords().Where(w => Math.Abs(w.BoundingBox.Bottom - anchor.BoundingBox.Bottom) < 1).OrderBy(w => w.BoundingBox.Left)];
    }

    /// <summary>Nothing is printed between a page's footer line and the body's last line but the footer rule: no
    /// second footer line within two footer lines above it.</summary>
    internal static void AssertOneLineFooters(PdfDocument pdf, string pageWord)
    {
        foreach (var page in pdf.GetPages())
        {
            var footer = FooterLine(page, pageWord);
            var baseline = footer[0].BoundingBox.Bottom;
            var size = footer[0].Letters[0].PointSize;
            var above = page.GetWords().Where(w => w.BoundingBox.Bottom > baseline + 1 && w.BoundingBox.Bottom < baseline + size * 2.5).Select(w => w.Text).ToList();
            Assert.True(above.Count == 0, $"page {page.Number}: the footer has a second line: {string.Join(" ", above)}");
            Assert.DoesNotContain(page.GetWords(), w => w.BoundingBox.Bottom < baseline - 1 && w.BoundingBox.Bottom > baseline - size * 2);
        }
    }

    private static string Words(IEnumerable<UglyToad.PdfPig.Content.Word> line) => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));

    [GeneratedRegex(@"Page (\d+) of \d+")]
    private static partial Regex PageLabel();
}
