using System.IO.Compression;
using System.Text.RegularExpressions;
using NkHandouts.Content;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// The draft mark (issue #19, governance), read back by tools that did not write it: pdftotext on every page of the
/// leaflets, LibreOffice's rendering of a patient Word document, the web page's markup; and gone once approved.
/// </summary>
public sealed class GovernanceTests
{
    private const string Mark = Governance.DraftMark;
    private const string SpanishMark = "BORRADOR \u2014 no es para pacientes";

    /// <summary>The mark an output must carry: Spanish articles' outputs the Spanish one, never the English.</summary>
    private static (string Wanted, string Absent) MarkOf(string file) => file.Contains(".es.", StringComparison.Ordinal) ? (SpanishMark, Mark) : (Mark, SpanishMark);

    [Fact]
    public void Patient_outputs_of_a_text_under_review_carry_the_mark_on_every_page_and_in_their_metadata()
    {
        using var project = new ProjectCopy();
        var (exit, output, error) = CliRunner.Run(project.Args("build"));
        Assert.True(exit == 0, output + error);

        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        foreach (var pdf in project.Outputs().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var (wanted, absent) = MarkOf(pdf);
            var text = ExternalTool.Run(pdftotext, Path.Combine(project.Out, pdf), "-").Stdout;
            var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
            Assert.NotEmpty(pages);
            Assert.All(pages, p => Assert.Contains(wanted, p));
            Assert.DoesNotContain(absent, text);
            var info = ExternalTool.Run(ExternalTool.Require("pdfinfo", "poppler-utils"), Path.Combine(project.Out, pdf)).Stdout;
            Assert.Matches(new Regex("^(Subject|Keywords): .*" + wanted, RegexOptions.Multiline), info);
            Assert.DoesNotContain(absent, info);
        }

        foreach (var page in new[] { "nk-cell-therapy-myths.patient.patient-web.html", "nk-cell-therapy-myths.patient.es.patient-web.html" })
        {
            var (wanted, absent) = MarkOf(page);
            var html = File.ReadAllText(Path.Combine(project.Out, page));
            Assert.Contains($"<p class=\"draft-mark\" role=\"note\">{wanted}</p>", html);
            Assert.Contains($"<meta name=\"status\" content=\"{wanted}\">", html);
            Assert.DoesNotContain(absent, html);
        }

        // The clinician briefing is not a patient output: no mark.
        Assert.DoesNotContain(Mark, DocxPart(Path.Combine(project.Out, "nk-cell-therapy-myths.clinician-briefing.docx"), "word/header1.xml", optional: true));
    }

    [Fact]
    public void A_patient_word_document_carries_the_mark_on_every_page_as_LibreOffice_renders_it()
    {
        var soffice = ExternalTool.Require("soffice", "libreoffice-writer-nogui");
        using var project = new ProjectCopy();
        MakePatientBriefing(project);
        var (exit, output, error) = CliRunner.Run(project.Args("build", "--only", "*.docx"));
        Assert.True(exit == 0, output + error);
        var docx = Path.Combine(project.Out, "nk-cell-therapy-myths.clinician-briefing.docx");
        Assert.Contains($"<cp:contentStatus>{Mark}</cp:contentStatus>", DocxPart(docx, "docProps/core.xml"));

        var profile = new Uri(Path.Combine(project.Root, "lo-profile") + "/").AbsoluteUri;
        var run = ExternalTool.RunIn(project.Root, soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(project.Root, "lo"), docx);
        var pdf = Path.Combine(project.Root, "lo", "nk-cell-therapy-myths.clinician-briefing.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice did not render the briefing: " + run.Stderr);
        var pages = ExternalTool.Run(ExternalTool.Require("pdftotext", "poppler-utils"), pdf, "-").Stdout.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 2, "expected a document of several pages");
        Assert.All(pages, p => Assert.Contains(Mark, p));
    }

    [Fact]
    public void An_approved_text_has_no_mark_and_approval_needs_a_name_and_a_date()
    {
        using var project = new ProjectCopy();
        var patient = Path.Combine(project.Content, "nk-cell-therapy-myths.patient.md");
        var text = File.ReadAllText(patient);
        File.WriteAllText(patient, Regex.Replace(text, "status: review.*", "status: approved"));
        var (exit, _, error) = CliRunner.Run("validate", "--content", project.Content, "--templates", project.Templates);
        Assert.Equal(1, exit);
        Assert.Matches(@"nk-cell-therapy-myths\.patient\.md:\d+:9: error NK104: an approved article names who approved it and when; 'approvedBy' is missing", error);

        File.WriteAllText(patient, Regex.Replace(text, "status: review.*", "status: approved\napprovedBy: Dr A. Clinician\napproved: 2026-01-10"));
        var built = CliRunner.Run(project.Args("build", "--only", "*.patient.patient-*"));
        Assert.True(built.Exit == 0, built.Out + built.Err);
        var pdf = Path.Combine(project.Out, "nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf");
        Assert.DoesNotContain(Mark, ExternalTool.Run(ExternalTool.Require("pdftotext", "poppler-utils"), pdf, "-").Stdout);
        Assert.DoesNotContain("draft-mark\"", File.ReadAllText(Path.Combine(project.Out, "nk-cell-therapy-myths.patient.patient-web.html")));

        var list = CliRunner.Run("list", "--content", project.Content, "--templates", project.Templates);
        Assert.Contains("status=approved_(Dr_A._Clinician,_2026-01-10) reviewBy=2026-12-19 daysLeft=201", list.Out.Replace("Dr A. Clinician", "Dr_A._Clinician", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_status_lists_the_valid_ones()
    {
        using var project = new ProjectCopy();
        var patient = Path.Combine(project.Content, "nk-cell-therapy-myths.patient.md");
        File.WriteAllText(patient, Regex.Replace(File.ReadAllText(patient), "status: review.*", "status: final"));
        var (exit, _, error) = CliRunner.Run("validate", "--content", project.Content, "--templates", project.Templates);
        Assert.Equal(1, exit);
        Assert.Matches(@"nk-cell-therapy-myths\.patient\.md:\d+:9: error NK109: status must be one of draft, review, approved, not 'final'", error);
    }

    /// <summary>The clinician article turned into a patient text built as a Word document (the template accepts
    /// patients on purpose), so the Word writer's mark can be checked.</summary>
    private static void MakePatientBriefing(ProjectCopy project)
    {
        var article = Path.Combine(project.Content, "nk-cell-therapy-myths.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("audience: clinicians", "audience: patients", StringComparison.Ordinal));
        File.Delete(Path.Combine(project.Content, "nk-cell-therapy-myths.patient.md"));
        File.Delete(Path.Combine(project.Content, "nk-cell-therapy-myths.patient.es.md")); // its source is gone
        var template = Path.Combine(project.Templates, "clinician-briefing", "template.yaml");
        File.WriteAllText(template, File.ReadAllText(template).Replace("audiences: [clinicians]", "audiences: [clinicians]\nallowAudiences: [patients]", StringComparison.Ordinal)
            .Replace("  clinicians: { enforce: false }", "  clinicians: { enforce: false }\n  patients: { enforce: false } # the clinician text, not plain: only the mark is tested", StringComparison.Ordinal));
    }

    private static string DocxPart(string docx, string part, bool optional = false)
    {
        using var zip = ZipFile.OpenRead(docx);
        var entry = zip.GetEntry(part);
        if (entry is null && optional)
        {
            return "";
        }

        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }
}
