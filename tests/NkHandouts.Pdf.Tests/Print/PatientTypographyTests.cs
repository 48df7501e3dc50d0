using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Every patient PDF of the sample content, read back with PdfPig: type sizes, one heading scale, long-form dates,
/// typographic quotes, web addresses broken only after '/', '.' or '-' with nothing added, and source reading order.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class PatientTypographyTests(PrintFixture print)
{
    private const string Url = "https://www.example.org/handouts/nk-cell-therapy-myths";

    /// <summary>The reading files (the imposed sheet repeats the A5 pages).</summary>
    private IEnumerable<PrintFixture.Output> ReadingFiles => print.Outputs.Values.Where(o => o.Plan.Variant != "a5.imposed");

    [Fact]
    public void Body_text_is_12pt_or_more_and_furniture_9pt_or_more_in_every_file()
    {
        foreach (var o in ReadingFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            Assert.True(PdfRead.BodySize(letters) >= 12, $"{o.Plan.FileName}: body {PdfRead.BodySize(letters)} pt");
            Assert.True(letters.Min(l => l.PointSize) >= 9 - 0.01, $"{o.Plan.FileName}: text at {letters.Min(l => l.PointSize):0.##} pt");
        }
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("letter")]
    public void The_trifold_body_is_12pt_on_both_sheets(string size)
    {
        using var pdf = PdfDocument.Open(print.Get("trifold-leaflet", size).Bytes);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(12, PdfRead.BodySize(page.Letters), 1);
        }
    }

    [Fact]
    public void Large_print_is_16pt_throughout_with_one_and_a_half_line_spacing_on_A4_portrait()
    {
        using var pdf = PdfDocument.Open(print.Get("large-print", "a4").Bytes);
        var spacings = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(595.3, page.Width, 0);
            Assert.Equal(841.9, page.Height, 0);
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            Assert.True(PdfRead.BodySize(letters) >= 16, $"page {page.Number}: body {PdfRead.BodySize(letters)} pt");
            Assert.True(letters.Min(l => l.PointSize) >= 16 - 0.01, $"page {page.Number}: no small print in large print ({letters.Min(l => l.PointSize):0.#} pt)");

            // Baseline to baseline within body paragraphs: 1.5 × 16 pt.
            var body = PdfRead.Lines(page).Where(l => Math.Abs(l.Size - 16) < 0.1).ToList();
            for (var i = 1; i < body.Count; i++)
            {
                var gap = body[i - 1].Baseline - body[i].Baseline;
                if (gap < 16 * 1.8)
                {
                    spacings.Add(gap);
                }
            }
        }

        var typical = spacings.GroupBy(s => Math.Round(s)).OrderByDescending(g => g.Count()).First().Key;
        Assert.Equal(24, typical, 0);
    }

    [Fact]
    public void Body_text_is_left_aligned_and_ragged_never_justified()
    {
        foreach (var o in ReadingFiles.Where(o => !NkHandouts.Leaflet.LeafletOptions.Of(o.Plan.Template).Layout.NarrowColumns))
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var lines = pdf.GetPages().SelectMany(PdfRead.Lines).Where(l => l.Text.Length > 30).ToList();
            var rightmost = lines.Max(l => l.Right);
            // In justified text nearly every full line ends at the right edge; ragged lines mostly fall short.
            var flush = lines.Count(l => rightmost - l.Right < 1);
            Assert.True(flush < lines.Count / 4, $"{o.Plan.FileName}: {flush} of {lines.Count} lines end flush right");
        }
    }

    [Fact]
    public void One_heading_scale_per_template()
    {
        foreach (var o in ReadingFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var body = PdfRead.BodySize(letters);
            var title = letters.Max(l => l.PointSize);

            // Bold text larger than the body, not the title and not the band's white type: section and box headings.
            var headingSizes = letters.Where(l => PdfRead.IsBold(l) && !PdfRead.IsWhite(l) && l.PointSize > body * 1.1 && l.PointSize < title - 0.1)
                .Select(l => Math.Round(l.PointSize, 1)).Distinct().ToList();
            Assert.True(headingSizes.Count == 1, $"{o.Plan.FileName}: heading sizes {string.Join(", ", headingSizes)}");
        }
    }

    [Fact]
    public void Dates_are_long_form_in_the_articles_language_on_every_page()
    {
        foreach (var o in ReadingFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var all = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.DoesNotContain("2026-12-19", all);
            Assert.DoesNotContain("2025-12-19", all);
            // The tri-fold prints the date once, on its back panel; the stapled booklet once, closing its last page.
            var layout = NkHandouts.Leaflet.LeafletOptions.Of(o.Plan.Template).Layout;
            if (layout.NarrowColumns || layout.Imposed)
            {
                Assert.Contains("ReviewbyDecember19,2026", PdfText.Squash(all));
                continue;
            }

            foreach (var page in pdf.GetPages())
            {
                Assert.Contains("ReviewbyDecember19,2026", PdfText.Squash(page.Text));
            }
        }
    }

    [Fact]
    public void Quotes_and_apostrophes_are_typographic()
    {
        foreach (var o in ReadingFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.DoesNotContain("\"", text);
            Assert.DoesNotContain("'", text);
            Assert.Contains("\u201Cnatural killer.\u201D", text.Replace("\n", " "));
            Assert.Contains("system\u2019s", text);
        }
    }

    [Fact]
    public void Web_addresses_break_only_after_slash_dot_or_hyphen_and_gain_no_hyphen()
    {
        var broken = 0;
        foreach (var o in ReadingFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            foreach (var page in pdf.GetPages())
            {
                var words = page.GetWords().Select(w => w.Text).ToList();
                for (var i = 0; i < words.Count; i++)
                {
                    if (!words[i].StartsWith("https://www.", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // The address as printed: its pieces on successive lines, concatenated (other words, such as a QR
                    // code's caption beside it, may come between them in the content stream).
                    var pieces = new List<string> { words[i] };
                    var joined = words[i];
                    for (var j = i + 1; j < Math.Min(words.Count, i + 20) && joined.Length < Url.Length; j++)
                    {
                        if (Url.StartsWith(joined + words[j], StringComparison.Ordinal))
                        {
                            pieces.Add(words[j]);
                            joined += words[j];
                        }
                    }

                    Assert.Equal(Url, joined);
                    foreach (var piece in pieces.SkipLast(1))
                    {
                        Assert.True(piece[^1] is '/' or '.' or '-', $"{o.Plan.FileName}: the address breaks after '{piece}'");
                    }

                    broken += pieces.Count > 1 ? 1 : 0;
                }
            }
        }

        Assert.True(broken > 0, "no address was broken across lines in any file, so nothing was tested");
    }

    [Theory]
    [InlineData("patient-leaflet", "a4")]
    [InlineData("booklet-a5", "a5")]
    [InlineData("large-print", "a4")]
    public void Reading_order_is_source_order_introduction_before_key_points(string template, string variant)
    {
        var o = print.Get(template, variant);
        PdfText.InOrder(PdfText.ContentOrder(o.Bytes),
            "NK cell therapy is a kind of immunotherapy", "Many people are talking", "Key points", "Myth 1:", "Myth 2:", "Myth 3:",
            "What this means for you", "Questions to ask", "Learn more");
        if (ExternalTool.Find("pdfinfo") is { } pdfinfo)
        {
            var r = ExternalTool.Run(pdfinfo, "-struct-text", o.Path);
            Assert.Equal(0, r.ExitCode);
            PdfText.InOrder(r.Stdout, "NK cell therapy is a kind of immunotherapy", "Key points", "Myth 1:", "Questions to ask");
        }
        else
        {
            ExternalTool.Require("pdfinfo", "poppler-utils");
        }
    }
}
