using System.Text;
using System.Text.RegularExpressions;
using NkHandouts.Verify.Accessibility;

namespace NkHandouts.Verify.Tests;

/// <summary>
/// Takes a good leaflet (the every-construct article: headings, lists, a table, figures, links), breaks one covered
/// condition at a time in qpdf's QDF form (uncompressed, one key per line; <c>fix-qdf</c> repairs lengths and the
/// cross-reference table afterwards) and requires verify to report exactly that checkpoint, with the named condition.
/// </summary>
public sealed class MutationTests : IClassFixture<MutationTests.Baseline>
{
    private readonly Baseline baseline;

    public MutationTests(Baseline baseline) => this.baseline = baseline;

    public static TheoryData<string> Names => [.. Mutations.Select(m => m.Name)];

    internal static readonly Mutation[] Mutations =
    [
        new("remove the catalog /Lang", "11-001", @"\n  /Lang \([^)]*\)\n", "\n"),
        new("drop an MCID from the parent tree", "01-005", @"(/Nums \[\n    0\n    \[\n      \d+ 0 R\n)      \d+ 0 R\n", "$1      null\n"),
        new("untag a text run", "01-005", @"/P<</MCID 1>>BDC", "/Span BMC"),
        new("put an artifact inside tagged content", "01-003", @"/P<</MCID 2>>BDC", "/P<</MCID 2>>BDC\n/Artifact BMC\nEMC"),
        new("set Suspects true", "01-007", @"/Marked true", "/Marked true\n  /Suspects true"),
        new("remap a standard type in the role map", "02-003", @"/Type /StructTreeRoot", "/Type /StructTreeRoot\n  /RoleMap << /P /Span >>"),
        new("remove the PDF/UA identification", "06-002", @"<pdfuaid:part>1</pdfuaid:part>", ""),
        new("remove dc:title", "06-003", @"<dc:title>.*?</dc:title>", "", RegexOptions.Singleline),
        new("set DisplayDocTitle false", "07-002", @"/DisplayDocTitle true", "/DisplayDocTitle false"),
        new("remove DisplayDocTitle", "07-001", @"\n  /DisplayDocTitle true", ""),
        new("turn a table cell into a paragraph", "09-004", @"/S /TD\n", "/S /P\n"),
        new("turn a list item into a paragraph", "09-005", @"/S /LI\n", "/S /P\n"),
        new("remove a figure's /Alt", "13-004", @"\n  /Alt \(A small test picture[^)]*\)", ""),
        new("make the first heading H2", "14-002", @"/S /H1\n", "/S /H2\n"),
        new("skip a heading level", "14-003", @"/S /H3\n", "/S /H4\n"),
        new("remove a header cell's /Scope", "15-003", @"\n    /Scope /Column", ""),
        new("remove /Tabs from the pages", "28-008", @"\n  /Tabs /S", "", Count: -1),
        new("set /Tabs to row order", "28-009", @"/Tabs /S", "/Tabs /R", Count: -1),
        new("detach a link annotation from its Link element", "28-011", @"/Type /OBJR", "/Type /Unknown"),
        new("remove a link's /Contents", "28-012", @"\n  /Contents \(link to the clinic\)", ""),
        new("remove a font's ToUnicode map", "31-027", @"/ToUnicode", "/NoUnicode", Count: -1, Checkpoints: ["10", "31"]),
        // ISO 32000-1 7.3.10: a reference to an object the file does not define is the null object, so the figure has no Alt.
        new("point a figure's /Alt at an object the file lacks", "13-004", @"/Alt \(A small test picture[^)]*\)", "/Alt 99999 0 R"),
    ];

    /// <summary>A structure element the file defines but that cannot be parsed stops the check with a finding naming the
    /// object (before, the command ended in an internal error with a stack trace).</summary>
    [Fact]
    public void A_damaged_object_is_a_finding_naming_it_not_a_crash()
    {
        var heading = new Regex(@"\n(\d+) 0 obj\n<<\n(  /[^\n]*\n)*?  /S /H1\n");
        var match = heading.Match(baseline.Qdf);
        Assert.True(match.Success, "no H1 element in the baseline");
        var number = match.Groups[1].Value;
        var broken = baseline.Qdf[..match.Index] + $"\n{number} 0 obj\n<< /Type /StructElem /S /H1 /K [ 1 2 /Pg \n" + baseline.Qdf[(match.Index + match.Length)..];

        var findings = baseline.Verify(baseline.Repair(broken, "damage the first heading"));
        var damaged = Assert.Single(findings, f => f.Check == PdfVerifier.FileCheck);
        Assert.Equal("damaged", damaged.Rule);
        Assert.Contains($"object {number} 0", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unbroken_leaflet_passes() => Assert.Empty(baseline.Verify(baseline.Pdf));

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_broken_condition_is_reported_as_its_checkpoint(string name)
    {
        var m = Mutations.Single(x => x.Name == name);
        var regex = new Regex(m.Pattern, m.Options);
        Assert.True(regex.IsMatch(baseline.Qdf), $"mutation '{name}' found nothing to change");
        var broken = m.Count < 0 ? regex.Replace(baseline.Qdf, m.Replacement) : regex.Replace(baseline.Qdf, m.Replacement, m.Count);

        var findings = baseline.Verify(baseline.Repair(broken, name));
        Assert.True(findings.Count > 0, $"'{name}' went unnoticed");
        Assert.Contains(findings, f => f.Rule == m.Rule);
        var allowed = m.Checkpoints ?? [m.Rule[..2]];
        Assert.All(findings, f => Assert.True(allowed.Contains(f.Rule[..2]), $"'{name}' also reported {f}"));
    }

    internal sealed record Mutation(string Name, string Rule, string Pattern, string Replacement, RegexOptions Options = RegexOptions.None, int Count = 1, string[]? Checkpoints = null);

    /// <summary>The good leaflet, its QDF text, and the tools to repair and check a mutated copy.</summary>
    public sealed class Baseline
    {
        private static readonly PdfVerifier Verifier = new([new PdfUaCheck()]);
        private readonly string folder = Path.Combine(Outputs.Folder, "mutations");

        public Baseline()
        {
            Directory.CreateDirectory(folder);
            Pdf = Outputs.TestArticles.Single(o => o.Plan.FileName == "every-construct.patient-leaflet.a4.pdf").Path;
        }

        public string Pdf { get; }

        public string Qdf => qdf ??= MakeQdf();

        private string? qdf;

        public IReadOnlyList<VerifyFinding> Verify(string path) => Verifier.Verify(path, File.ReadAllBytes(path)).Findings;

        public string Repair(string qdfText, string name)
        {
            var fix = ExternalTool.Require("fix-qdf", "qpdf");
            var slug = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-");
            var input = Path.Combine(folder, slug + ".qdf");
            File.WriteAllBytes(input, Encoding.Latin1.GetBytes(qdfText));
            var output = Path.Combine(folder, slug + ".pdf");
            // fix-qdf writes the repaired file to standard output, which must stay bytes: let the shell redirect it.
            var r = ExternalTool.Run("/bin/sh", "-c", "\"$0\" \"$1\" > \"$2\"", fix, input, output);
            Assert.True(r.ExitCode == 0, $"fix-qdf failed: {r.Stderr}");
            return output;
        }

        private string MakeQdf()
        {
            var qpdf = ExternalTool.Require("qpdf", "qpdf");
            var output = Path.Combine(folder, "baseline.qdf");
            var r = ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", "--no-original-object-ids", Pdf, output);
            Assert.True(r.ExitCode is 0 or 3, $"qpdf failed: {r.Stderr}");
            return Encoding.Latin1.GetString(File.ReadAllBytes(output));
        }
    }
}
