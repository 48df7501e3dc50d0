using NkHandouts.Readiness.Pages;
using NkHandouts.Readiness.Policy;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Tests;

/// <summary>
/// Print files paint in DeviceCMYK, which only means something through the file's output-intent profile. The page
/// check reads CMYK through that profile (the sample templates' fact label, cmyk(80,0,71,46) on cmyk(10,3,10,0),
/// prints at about 5:1 on FOGRA39), and falls back to PdfPig's (1−C)(1−K) estimate, which reads 3.99:1, only when
/// the file has no output intent. Expected values come from LittleCMS's own command-line tool and Ghostscript, not
/// from the code under test.
/// </summary>
public sealed class CmykReadingTests
{
    private const string Accent = "cmyk(80,0,71,46)";
    private const string FactTint = "cmyk(10,3,10,0)";

    private static byte[] Fogra39 => File.ReadAllBytes(Repo.Path_("src", "NkHandouts.Pdf", "Print", "Profiles", "FOGRA39-NkHandouts.icc"));

    private static FixturePdf FactBox() =>
        new FixturePdf().Filled(top: 700).Box(40, 730, 500, 80, FactTint).Text(50, 760, 12, "Fact: researchers are still studying it", colour: Accent);

    private static PageCheckResult Check(FixturePdf pdf) => PageCheck.Run("fixture.pdf", pdf.Build(), PagePolicy.Patients, "patients");

    private static void RequireLittleCms() => ExternalTool.RequireLibrary("liblcms2.so.2", "liblcms2-2", "LittleCMS");

    private static void Near(Colour expected, Colour actual, int tolerance = 1) =>
        Assert.True(Math.Abs(expected.R - actual.R) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance && Math.Abs(expected.B - actual.B) <= tolerance,
            $"expected about {expected}, read {actual}");

    [Fact]
    public void Cmyk_is_read_through_the_files_output_intent_profile()
    {
        RequireLittleCms();
        var r = Check(FactBox().OutputIntent(Fogra39, "FOGRA39"));

        // `transicc -i FOGRA39-NkHandouts.icc -o '*sRGB' -t1 -n` (LittleCMS 2.14, relative colorimetric, no black-point
        // compensation): 80 0 71 46 → 26.8 115.2 79.3; 10 3 10 0 → 235.0 240.0 233.9.
        var label = Assert.Single(r.Pages[0].Contrast, c => c.Sample.Contains("Fact", StringComparison.Ordinal));
        Near(new Colour(27, 115, 79), label.Text);
        Near(new Colour(235, 240, 234), label.Background);
        Assert.InRange(label.Ratio, 4.9, 5.15);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == PageRules.Contrast && f.Level != FindingLevel.Note);
        Assert.Contains(r.Findings, f => f.Level == FindingLevel.Note && f.Message.Contains("through the output intent's profile (FOGRA39", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_output_intent_cmyk_is_estimated_and_the_report_says_so()
    {
        var r = Check(FactBox());

        // (1−C)(1−K) for 80 0 71 46: R = 0.2 × 0.54, G = 0.54, B = 0.29 × 0.54 → #1C8A28 (3.99:1 on the tint).
        var label = Assert.Single(r.Pages[0].Contrast, c => c.Sample.Contains("Fact", StringComparison.Ordinal));
        Assert.Equal(new Colour(0x1C, 0x8A, 0x28), label.Text);
        Assert.Contains(r.Findings, f => f.RuleId == PageRules.Contrast && f.Level == FindingLevel.Error);
        Assert.Contains(r.Findings, f => f.Level == FindingLevel.Note && f.Message.Contains("the file has no CMYK output intent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_cmyk_says_its_colours_are_taken_as_written()
    {
        var r = Check(new FixturePdf().Filled(top: 700).Box(40, 730, 500, 80, "#E6F4EA").Text(50, 760, 12, "Fact: researchers are still studying it", colour: "#00704A"));
        Assert.Contains(r.Findings, f => f.Level == FindingLevel.Note && f.Message == "colours: no CMYK colours: RGB and grey are taken as written");
    }

    [Fact]
    public void Ghostscript_renders_the_cmyk_patches_as_the_page_check_reads_them()
    {
        RequireLittleCms();
        var gs = ExternalTool.Require("gs", "ghostscript");
        string[] inks = [Accent, FactTint, "cmyk(0,93,87,39)", "cmyk(4,8,8,0)", "cmyk(0,0,0,100)", "cmyk(94,60,0,44)"];
        var pdf = new FixturePdf().OutputIntent(Fogra39, "FOGRA39");
        for (var i = 0; i < inks.Length; i++)
        {
            pdf.Box(40, 760 - i * 120, 200, 100, inks[i]);
        }

        var bytes = pdf.Build();
        var read = PdfPageReader.Read(bytes).Pages[0].Fills;
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "patches.pdf");
        File.WriteAllBytes(file, bytes);
        var ppm = Path.Combine(dir.Path, "patches.ppm");

        // -dUsePDFX3Profile: DeviceCMYK is taken in the output intent's profile (as a PDF/X RIP does); relative
        // colorimetric without black-point compensation, the reading the page check documents.
        var run = ExternalTool.Run(gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=ppmraw", "-r18", "-dUsePDFX3Profile",
            "-dRenderIntent=1", "-dBlackPtComp=0", "-sOutputFile=" + ppm, file);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var image = Ppm.Read(File.ReadAllBytes(ppm));
        for (var i = 0; i < inks.Length; i++)
        {
            var box = read[i].Bounds;
            var pixel = image.At((box.Left + box.Right) / 2 / 72 * 18, (FixturePdf.Height - (box.Bottom + box.Top) / 2) / 72 * 18);
            Near(pixel, read[i].Colour, 3);
        }
    }
}
