using System.Text;
using NkHandouts.Verify.PrintProduction;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>The PDF/X-4 checker fails files that break each condition (so its passes mean something).</summary>
[Collection(PrintCollection.Name)]
public sealed class PrintCheckerTests(PrintFixture print)
{
    private byte[] Good => print.Get("patient-leaflet", "a4.print").Bytes;

    /// <summary>Same-length byte edits keep the cross-reference table valid.</summary>
    private static byte[] Edit(byte[] pdf, string from, string to)
    {
        Assert.Equal(from.Length, to.Length);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Rules(byte[] pdf) => PdfX4Checker.Check(pdf, "test.pdf").Findings.Select(f => f.Rule).ToList();

    [Fact]
    public void The_good_file_passes() => Assert.Empty(Rules(Good));

    [Theory]
    [InlineData("/GTS_PDFXVersion(PDF/X-4)", "/GTS_PDFXVersion(PDF/X-3)", PrintRules.VersionKey)]
    [InlineData("/GTS_PDFXVersion", "/GTS_PDFXVersiom", PrintRules.VersionKey)]
    [InlineData("<pdfxid:GTS_PDFXVersion>PDF/X-4<", "<pdfxid:GTS_PDFXVersion>PDF/X-5<", PrintRules.XmpVersion)]
    [InlineData("<xmpMM:RenditionClass>", "<xmpMM:RenditionClasz>", PrintRules.Xmp)]
    [InlineData("/Trapped/False", "/Trapped/Maybe", PrintRules.Trapped)]
    [InlineData("/S/GTS_PDFX", "/S/GTS_PDFA", PrintRules.OutputIntent)]
    [InlineData("/TrimBox", "/TrimBoz", PrintRules.Boxes)]
    [InlineData("/BleedBox", "/BleedBoz", PrintRules.Boxes)]
    [InlineData("%PDF-1.6", "%PDF-1.7", PrintRules.PdfVersion)]
    [InlineData("/FontFile2", "/FontFileX", PrintRules.Fonts)]
    public void A_broken_key_is_reported(string from, string to, string rule) => Assert.Contains(rule, Rules(Edit(Good, from, to)));

    [Fact]
    public void Rgb_colour_gray_colour_and_rich_black_type_are_reported()
    {
        var rules = Rules(Handmade(gfx =>
        {
            var font = new XFont(Family, 10, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            gfx.DrawString("rich black", font, new XSolidBrush(XColor.FromCmyk(0.6, 0.5, 0.5, 1)), 50, 50);
            gfx.Save();
            gfx.Internals!.ContentStringBuilder!.Append("0.8 0.1 0.1 rg 50 100 40 40 re f 0.5 g 50 200 40 40 re f\n");
            gfx.Restore();
        }, PdfColorMode.Cmyk));
        Assert.Contains(PrintRules.BlackText, rules);
        var report = PdfX4Checker.Check(Handmade(gfx => gfx.DrawLine(new XPen(XColor.FromCmyk(0, 0, 0, 1), 1), 10, 10, 100, 100), PdfColorMode.Cmyk), "x.pdf");
        Assert.DoesNotContain(report.Findings, f => f.Rule == PrintRules.DeviceColour);
        Assert.Contains(PrintRules.DeviceColour, rules);
        Assert.Contains(PrintRules.OutputIntent, rules);
    }

    [Fact]
    public void Large_rich_black_type_is_allowed_and_k_only_small_type_passes_the_text_rule()
    {
        var rules = Rules(Handmade(gfx =>
        {
            var big = new XFont(Family, 30, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            var small = new XFont(Family, 9, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            gfx.DrawString("headline", big, new XSolidBrush(XColor.FromCmyk(0.6, 0.5, 0.5, 1)), 50, 80);
            gfx.DrawString("small print", small, new XSolidBrush(XColor.FromCmyk(0, 0, 0, 1)), 50, 120);
        }, PdfColorMode.Cmyk));
        Assert.DoesNotContain(PrintRules.BlackText, rules);
        Assert.DoesNotContain(PrintRules.DeviceColour, rules);
    }

    [Fact]
    public void Painting_before_any_colour_is_set_is_the_initial_device_gray()
    {
        var rules = Rules(Handmade(gfx => gfx.DrawLine(new XPen(XColors.Black, 1), 10, 10, 100, 100), PdfColorMode.Rgb));
        Assert.Contains(PrintRules.ImplicitGray, rules);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_unreadable_not_a_crash()
    {
        var report = PdfX4Checker.Check("not a pdf"u8.ToArray(), "x.pdf");
        Assert.Equal(PrintRules.Unreadable, Assert.Single(report.Findings).Rule);
    }

    private static readonly string Family = PdfFontResolver.Register(
        NkHandouts.Layout.FontFace.Load(Path.Combine(Repo.Templates, "patient-leaflet", "fonts", "DejaVuSans.ttf")));

    private static byte[] Handmade(Action<XGraphics> draw, PdfColorMode mode)
    {
        using var document = new PdfDocument();
        document.Options.ColorMode = mode;
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            draw(gfx);
        }

        var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
