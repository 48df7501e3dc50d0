using System.Text.Json;
using NkHandouts.Build;
using NkHandouts.Content;
using NkHandouts.Pdf;
using NkHandouts.Project;
using NkHandouts.Readiness.Measures;
using NkHandouts.Readiness.Pages;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Verify;
using NkHandouts.Verify.Accessibility;

namespace NkHandouts.Readiness.Tests;

/// <summary>
/// The draft mark is left out of the page the page check judges by what it is (a watermark artifact), not by its
/// wording: a template that words it its own way (the <c>draftMark</c> furniture string) gets exactly the verdict
/// of the built-in mark, and the mark is still on every page for people, as tools that did not write it read it.
/// </summary>
public sealed class CustomDraftMarkTests
{
    private const string Custom = "SAMPLE ONLY \u2014 do not hand out";

    /// <summary>The English patient text under review in the screen and print leaflets and the booklet (reading
    /// pages and imposed sheets), built with the sample templates and with copies whose English strings reword the
    /// mark; same file names in both.</summary>
    private static readonly Lazy<(IReadOnlyList<Built> BuiltIn, IReadOnlyList<Built> Reworded)> Builds = new(() =>
    {
        var copy = Path.Combine(Path.GetTempPath(), "nkh-mark-" + Guid.NewGuid().ToString("N")[..12]);
        CopyFolder(Repo.Templates, copy);
        foreach (var template in new[] { "patient-leaflet", "booklet-a5" })
        {
            var yaml = Path.Combine(copy, template, "template.yaml");
            var text = File.ReadAllText(yaml);
            Assert.Contains("\nstrings:\n", text);
            File.WriteAllText(yaml, text.Replace("\nstrings:\n", $"\nstrings:\n  en:\n    draftMark: \"{Custom}\"\n", StringComparison.Ordinal));
        }

        try
        {
            return (Build(Repo.Templates), Build(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    });

    [Fact]
    public void A_templates_own_wording_of_the_draft_mark_gets_the_page_check_verdict_of_the_built_in_mark()
    {
        var (builtIn, reworded) = Builds.Value;
        Assert.Equal(builtIn.Select(b => b.Name), reworded.Select(b => b.Name));
        Assert.Contains(reworded, b => b.Name.EndsWith(".print.pdf", StringComparison.Ordinal));
        Assert.Contains(reworded, b => b.Name.EndsWith(".imposed.pdf", StringComparison.Ordinal));
        foreach (var (a, b) in builtIn.Zip(reworded))
        {
            Assert.Equal(Governance.DraftMark, a.Mark);
            Assert.Equal(Custom, b.Mark);

            var judged = string.Concat(PdfPageReader.Read(b.Pdf).Pages.SelectMany(p => p.Glyphs).Select(g => g.Text));
            Assert.DoesNotContain("SAMPLE", judged, StringComparison.Ordinal);
            Assert.DoesNotContain("DRAFT", string.Concat(PdfPageReader.Read(a.Pdf).Pages.SelectMany(p => p.Glyphs).Select(g => g.Text)), StringComparison.Ordinal);

            var caps = a.Policy.MaxCapsRunWords ?? 3;
            Assert.Equal(Json(PageMeasurer.Measure(visit => PdfPageReader.Stream(a.Pdf, visit), caps)),
                Json(PageMeasurer.Measure(visit => PdfPageReader.Stream(b.Pdf, visit), caps)));
            var expected = PageCheck.Run(a.Name, a.Pdf, a.Policy, "patients");
            var actual = PageCheck.Run(b.Name, b.Pdf, b.Policy, "patients");
            Assert.Equal(Json(expected.Pages), Json(actual.Pages));
            Assert.Equal(Json(expected.Findings), Json(actual.Findings));
        }
    }

    [Fact]
    public void The_reworded_mark_is_a_watermark_artifact_on_every_page_as_qpdf_and_pdftotext_read_it()
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        using var dir = new TempDir();
        foreach (var built in Builds.Value.Reworded.Where(b => !b.Name.EndsWith(".imposed.pdf", StringComparison.Ordinal)))
        {
            var pdf = Path.Combine(dir.Path, built.Name);
            File.WriteAllBytes(pdf, built.Pdf);
            var pages = ExternalTool.Run(pdftotext, pdf, "-").Stdout.Split('\f').Where(p => p.Trim().Length > 0).ToList();
            Assert.NotEmpty(pages);
            Assert.All(pages, p => Assert.Contains(Custom, p));

            var qdf = Path.Combine(dir.Path, "qdf-" + built.Name);
            ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", pdf, qdf);
            var streams = File.ReadAllText(qdf, System.Text.Encoding.Latin1);
            var opened = streams.Split("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC").Length - 1;
            Assert.Equal(pages.Count, opened);

            var verdict = new PdfVerifier([new PdfUaCheck()]).Verify(built.Name, built.Pdf);
            Assert.True(verdict.Passed, $"{built.Name}:\n{string.Join("\n", verdict.Findings)}");
        }
    }

    /// <summary>PDFs written before the mark was a watermark artifact have it as an untyped <c>/Artifact BMC</c>; the
    /// page check still leaves out its built-in wording there (the fallback in <see cref="PdfPageReader"/>). Such a
    /// file is made from a new one by qpdf, the operator blanked out to the same length so no offset moves.</summary>
    [Fact]
    public void In_a_file_written_before_the_watermark_the_built_in_mark_is_still_left_out()
    {
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        using var dir = new TempDir();
        var built = Builds.Value.BuiltIn.First(b => b.Name.EndsWith(".a4.pdf", StringComparison.Ordinal));
        var pdf = Path.Combine(dir.Path, "new.pdf");
        var qdf = Path.Combine(dir.Path, "new.qdf.pdf");
        File.WriteAllBytes(pdf, built.Pdf);
        ExternalTool.Run(qpdf, "--qdf", "--object-streams=disable", pdf, qdf);
        const string watermark = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC";
        var text = File.ReadAllText(qdf, System.Text.Encoding.Latin1);
        Assert.Contains(watermark, text);
        var old = System.Text.Encoding.Latin1.GetBytes(text.Replace(watermark, "/Artifact BMC".PadRight(watermark.Length), StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(dir.Path, "old.pdf"), old);
        Assert.Equal(0, ExternalTool.Run(qpdf, "--check", Path.Combine(dir.Path, "old.pdf")).ExitCode);

        var expected = PageCheck.Run(built.Name, File.ReadAllBytes(qdf), built.Policy, "patients");
        var actual = PageCheck.Run(built.Name, old, built.Policy, "patients");
        Assert.Equal(Json(expected.Pages), Json(actual.Pages));
        Assert.Equal(Json(expected.Findings), Json(actual.Findings));
        Assert.DoesNotContain("DRAFT", string.Concat(PdfPageReader.Read(old).Pages.SelectMany(p => p.Glyphs).Select(g => g.Text)), StringComparison.Ordinal);
    }

    private sealed record Built(string Name, string? Mark, byte[] Pdf, PagePolicy Policy);

    private static List<Built> Build(string templates)
    {
        var outputs = new TemplateOutputs([new PdfLeafletOutput(), new NkHandouts.Word.BriefingOutput()]);
        var workspace = Workspace.Load(Repo.Content, templates, outputs);
        var renderer = new LeafletRenderer();
        var plan = BuildPlanner.Plan(workspace, [renderer], new BuildOptions { ContentDir = Repo.Content, TemplatesDir = templates });
        return [.. plan.Jobs
            .Where(j => j.FileName.StartsWith("nk-cell-therapy-myths.patient.patient-leaflet.a4", StringComparison.Ordinal)
                || j.FileName.StartsWith("nk-cell-therapy-myths.patient.booklet-a5.", StringComparison.Ordinal))
            .OrderBy(j => j.FileName, StringComparer.Ordinal)
            .Select(j =>
            {
                var mark = Governance.MarkFor(j.Plan.Article, j.Plan.Template, new NkHandouts.Diagnostics.DiagnosticBag());
                using var stream = new MemoryStream();
                renderer.Render(j.Plan, RenderSettings.For(j.Plan.Article) with { DraftMark = mark }, stream);
                return new Built(j.FileName, mark, stream.ToArray(), j.Plan.Template.PagePolicyFor(j.Plan.Article.Metadata.Audience));
            })];
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
