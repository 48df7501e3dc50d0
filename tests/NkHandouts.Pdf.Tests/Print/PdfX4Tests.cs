using NkHandouts.Leaflet;
using NkHandouts.Verify.PrintProduction;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Graphics.Operations.General;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Print files (and the imposed booklet) are PDF/X-4 for their size's printing condition; screen files stay sRGB.
/// Read back with PdfX4Checker (its own content-stream walker) and, separately, with PdfPig's parsed operators.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class PdfX4Tests(PrintFixture print)
{
    private IEnumerable<PrintFixture.Output> PrintFiles => print.Outputs.Values.Where(o => o.Plan.Print);

    private IEnumerable<PrintFixture.Output> ScreenFiles => print.Outputs.Values.Where(o => !o.Plan.Print);

    [Fact]
    public void Every_print_file_passes_the_PDF_X_4_check()
    {
        // A4 and Letter leaflet, A4 and Letter tri-fold, A5 booklet and its imposed sheets, A4 large print.
        Assert.Equal(7, PrintFiles.Count());
        foreach (var o in PrintFiles)
        {
            var report = PdfX4Checker.Check(o.Bytes, o.Plan.FileName);
            Assert.True(report.Passed, o.Plan.FileName + ":\n" + string.Join('\n', report.Findings));
            Assert.True(report.ColourUses > 20 && report.TextRuns > 20, $"{o.Plan.FileName}: only {report.ColourUses} colour uses, {report.TextRuns} text runs checked");

            // The shipped templates give every brand colour its print value: nothing is converted, so the default
            // build needs no colour engine (LittleCMS) on the machine.
            Assert.DoesNotContain(o.Result.Diagnostics, d => d.Code == NkHandouts.Diagnostics.DiagnosticCodes.ColourConverted);
        }
    }

    [Theory]
    [InlineData("patient-leaflet", "a4.print", "FOGRA39")]
    [InlineData("patient-leaflet", "letter.print", "CGATS TR 006")]
    [InlineData("trifold-leaflet", "letter.print", "CGATS TR 006")]
    [InlineData("booklet-a5", "a5.print", "FOGRA39")]
    [InlineData("large-print", "a4.print", "FOGRA39")]
    [InlineData("booklet-a5", "a5.imposed", "FOGRA39")]
    public void The_output_intent_is_the_sizes_printing_condition_with_an_embedded_CMYK_profile(string template, string variant, string condition)
    {
        var o = print.Get(template, variant);
        using var pdf = PdfDocument.Open(o.Bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var intents = Resolve(pdf, catalog.Data["OutputIntents"]) as ArrayToken;
        var intent = (DictionaryToken)Resolve(pdf, Assert.Single(intents!.Data))!;
        Assert.Equal("GTS_PDFX", ((NameToken)intent.Data["S"]).Data);
        Assert.Equal(condition, ((StringToken)Resolve(pdf, intent.Data["OutputConditionIdentifier"])!).Data);
        var profile = (StreamToken)Resolve(pdf, intent.Data["DestOutputProfile"])!;
        var icc = Inflate(profile);
        Assert.Equal("prtr", System.Text.Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("CMYK", System.Text.Encoding.ASCII.GetString(icc, 16, 4));
        Assert.Equal("acsp", System.Text.Encoding.ASCII.GetString(icc, 36, 4));

        var info = pdf.Information.DocumentInformationDictionary!;
        Assert.Equal("PDF/X-4", ((StringToken)info.Data["GTS_PDFXVersion"]).Data);
        Assert.Equal("False", ((NameToken)info.Data["Trapped"]).Data);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument().ToString();
        Assert.Contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", xml, StringComparison.Ordinal);
        Assert.Equal(1.6, pdf.Version);
        Assert.Equal(2, pdf.Structure.Trailer.Identifier.Count);
        Assert.False(pdf.IsEncrypted);
    }

    [Fact]
    public void A_template_that_chooses_GRACoL_gets_it_on_A4()
    {
        var template = print.Get("patient-leaflet", "a4.print").Plan.Template;
        var gracol = template with { Options = LeafletOptions.Of(template) with { PrintCondition = "GRACoL" } };
        var plan = new LeafletRenderer().Plan(print.Article, gracol).Single(p => p.Variant == "a4.print");
        using var stream = new MemoryStream();
        new LeafletRenderer().Render(plan, print.Settings with { Previews = false }, stream);
        var report = PdfX4Checker.Check(stream.ToArray(), plan.FileName);
        Assert.True(report.Passed, string.Join('\n', report.Findings));
        Assert.Equal("CGATS TR 006", report.OutputCondition);
    }

    [Fact]
    public void PdfPig_finds_only_CMYK_and_separation_colour_operators_in_print_pages_and_black_body_text()
    {
        foreach (var o in PrintFiles.Where(o => !o.Plan.Variant.EndsWith("imposed", StringComparison.Ordinal)))
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            var letters = new List<UglyToad.PdfPig.Content.Letter>();
            foreach (var page in pdf.GetPages())
            {
                var names = page.Operations.Select(op => op.Operator).ToHashSet();
                Assert.DoesNotContain("rg", names);
                Assert.DoesNotContain("RG", names);
                Assert.DoesNotContain("g", names);
                Assert.DoesNotContain("G", names);
                Assert.Contains("k", names);
                letters.AddRange(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)));
            }

            // All type is CMYK; black type (the template's #1A1A1A body text) is black ink only: C = M = Y = 0, K = 1.
            Assert.All(letters, l => Assert.Equal(ColorSpace.DeviceCMYK, l.Color!.ColorSpace));
            var black = letters.Where(l => l.Color is CMYKColor { K: > 0.85 }).ToList();
            Assert.True(black.Count > 500, $"{o.Plan.FileName}: {black.Count} black letters");
            Assert.All(black, l => Assert.Equal((0m, 0m, 0m, 1m), Ink((CMYKColor)l.Color)));
        }
    }

    [Fact]
    public void Screen_files_stay_sRGB_with_no_output_intent_or_PDF_X_claim()
    {
        // A4 and Letter leaflet, A4 and Letter tri-fold, A5 booklet, A4 large print.
        Assert.Equal(6, ScreenFiles.Count());
        foreach (var o in ScreenFiles)
        {
            using var pdf = PdfDocument.Open(o.Bytes);
            Assert.False(pdf.Structure.Catalog.CatalogDictionary.Data.ContainsKey("OutputIntents"));
            Assert.False(pdf.Information.DocumentInformationDictionary!.Data.ContainsKey("GTS_PDFXVersion"));
            var operators = pdf.GetPages().SelectMany(p => p.Operations).Select(op => op.Operator).ToHashSet();
            Assert.Contains("rg", operators);
            Assert.DoesNotContain("k", operators);
            Assert.DoesNotContain("K", operators);
            var text = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value));
            Assert.All(text, l => Assert.Equal(ColorSpace.DeviceRGB, l.Color.ColorSpace));

            // The checker sees the same thing: RGB colour and no intent.
            var report = PdfX4Checker.Check(o.Bytes, o.Plan.FileName);
            Assert.Contains(report.Findings, f => f.Rule == PrintRules.DeviceColour);
            Assert.Contains(report.Findings, f => f.Rule == PrintRules.OutputIntent);
        }
    }

    [Fact]
    public void Crop_marks_are_in_the_All_separation()
    {
        var o = print.Get("patient-leaflet", "a4.print");
        using var pdf = PdfDocument.Open(o.Bytes);
        var page = pdf.GetPage(1);
        var resources = (DictionaryToken)Resolve(pdf, page.Dictionary.Data["Resources"])!;
        var spaces = (DictionaryToken)Resolve(pdf, resources.Data["ColorSpace"])!;
        var separation = spaces.Data.Values.Select(v => Resolve(pdf, v)).OfType<ArrayToken>()
            .Single(a => a.Data[0] is NameToken { Data: "Separation" });
        Assert.Equal("All", ((NameToken)separation.Data[1]).Data);
        var strokes = page.Operations.OfType<UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState.Push>().Count();
        Assert.True(strokes > 0);
        Assert.Contains(page.Operations, op => op.Operator == "CS");
        Assert.Equal(8, page.Operations.Count(op => op.Operator == "CS")); // two marks at each of four corners
    }

    private static (decimal, decimal, decimal, decimal) Ink(CMYKColor c) => ((decimal)c.C, (decimal)c.M, (decimal)c.Y, (decimal)c.K);

    private static IToken? Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;

    private static byte[] Inflate(StreamToken s)
    {
        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(s.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
        using var m = new MemoryStream();
        z.CopyTo(m);
        return m.ToArray();
    }
}
