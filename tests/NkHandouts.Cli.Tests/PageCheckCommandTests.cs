using System.Text.Json;
using NkHandouts.Templates;

namespace NkHandouts.Cli.Tests;

/// <summary>The sample patient PDFs, built once, read back by the page check (PdfPig) through <c>nkhandouts check</c>.</summary>
public sealed class SamplePdfs : IDisposable
{
    private readonly ProjectCopy _project = new();

    public SamplePdfs()
    {
        var (exit, output, error) = CliRunner.Run(_project.Args("build", "--only", "*.patient*.pdf"));
        Assert.True(exit == 0, output + error);
        BuildOutput = output;
        Files = _project.Outputs().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Select(f => Path.Combine(_project.Out, f)).ToList();

        // Added after the build: a policy no leaflet meets, for tests of the report path whatever the layouts' state.
        var strict = Path.Combine(_project.Templates, "strict-check");
        Directory.CreateDirectory(strict);
        System.IO.File.WriteAllText(Path.Combine(strict, "template.yaml"), "output: pdf-leaflet\naudiences: [patients]\npageCheck:\n  patients: { minBodySize: 20pt, enforce: false }\n");
    }

    public string BuildOutput { get; }

    public IReadOnlyList<string> Files { get; }

    public string Templates => _project.Templates;

    /// <summary>The PDFs read page by page: all but a booklet's imposed press sheets, which the build does not judge
    /// (their pages are the booklet's reading pages two-up, padded with a blank page to a multiple of four).</summary>
    public IEnumerable<string> ReadingFiles => Files.Where(f => !f.EndsWith(".imposed.pdf", StringComparison.Ordinal));

    public string File(string suffix) => Files.Single(f => f.EndsWith(suffix, StringComparison.Ordinal));

    public void Dispose() => _project.Dispose();
}

public sealed class PageCheckCommandTests(SamplePdfs samples) : IClassFixture<SamplePdfs>
{
    private (int Exit, string Out, string Err) Check(params string[] args) =>
        CliRunner.Run(["check", .. args, "--templates", samples.Templates]);

    [Fact]
    public void The_A4_patient_leaflet_is_measured_page_by_page()
    {
        var (exit, output, error) = Check(samples.File(".patient.patient-leaflet.a4.pdf"), "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("patients", root.GetProperty("audience").GetString());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.True(pages.Count >= 2);
        foreach (var p in pages)
        {
            Assert.Equal(12, p.GetProperty("bodySize").GetDouble());
            Assert.InRange(p.GetProperty("smallestSize").GetDouble(), 9, 12);
            Assert.InRange(p.GetProperty("lineSpacing").GetDouble(), 1.4, 1.5); // the template's 1.45
            Assert.Equal(0, p.GetProperty("justifiedLines").GetInt32());
            Assert.InRange(p.GetProperty("charsPerLine").GetProperty("p90").GetDouble(), 45, 75);
        }

        // The title band: white on the brand blue (#005EA5), measured against the fill actually under the text.
        var band = pages[0].GetProperty("contrast").EnumerateArray().Where(c => c.GetProperty("background").GetString() == "#005EA5").ToList();
        Assert.NotEmpty(band);
        Assert.All(band, c => Assert.Equal("#FFFFFF", c.GetProperty("text").GetString()));
        Assert.All(band, c => Assert.InRange(c.GetProperty("ratio").GetDouble(), 6.6, 6.8));
        Assert.Contains(pages[0].GetProperty("headingSizes").EnumerateArray(), h => h.GetDouble() > 20);
    }

    [Fact]
    public void A_report_only_policy_names_the_broken_limits_and_exits_zero()
    {
        // A policy no sample can meet (20 pt body), so this test does not depend on the state of the layouts.
        var (exit, output, _) = Check(samples.File(".patient-trifold.trifold-leaflet.a4.pdf"), "--template", "strict-check");
        Assert.Equal(0, exit);
        Assert.Contains("REPORT ONLY (limits broken)", output, StringComparison.Ordinal);
        Assert.Matches(@"warning NK501: page 1: body text is [\d.]+ pt; the minimum is 20 pt", output);
    }

    [Fact]
    public void Sarif_has_one_rule_per_measure_and_results_located_by_page()
    {
        var (_, sarif, _) = Check(samples.File(".patient-trifold.trifold-leaflet.a4.pdf"), "--template", "strict-check", "--format", "sarif");
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(501, 12).Select(n => $"NK{n}"), rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var small = results.First(r => r.GetProperty("ruleId").GetString() == "NK501");
        Assert.Equal("warning", small.GetProperty("level").GetString());
        Assert.Equal(0, small.GetProperty("ruleIndex").GetInt32());
        var location = small.GetProperty("locations")[0];
        Assert.EndsWith(".patient-trifold.trifold-leaflet.a4.pdf", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("page ", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfs_and_articles_are_checked_in_separate_runs()
    {
        var (exit, _, error) = Check(samples.File(".patient.patient-leaflet.a4.pdf"), Repo.NkArticle);
        Assert.Equal(2, exit);
        Assert.Contains("separate runs", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_summary_shows_the_page_check()
    {
        // Piped output: one plain line per output, the page check as layout=VERDICT (issue #19: no box table).
        var verdicts = System.Text.RegularExpressions.Regex.Matches(samples.BuildOutput, @" layout=(pass|report|report:\d+) ms=\d+").Count;
        Assert.Equal(samples.ReadingFiles.Count(), verdicts); // one page-check verdict per reading PDF (not the imposed sheets)
        if (samples.BuildOutput.Contains("report:", StringComparison.Ordinal))
        {
            Assert.Contains("break their template's page limits (report only: each limit is a note on standard error)", samples.BuildOutput, StringComparison.Ordinal);
        }
    }

    /// <summary>Honest policies: a sample patient PDF either passes the patient page policy, or its template says it
    /// only reports. When a layout is fixed, its template must start enforcing (this test then tells you).</summary>
    [Fact]
    public void Sample_templates_enforce_exactly_when_their_pdfs_pass()
    {
        var catalog = TemplateCatalog.Load(samples.Templates, Renderers.Outputs);
        // The template is the file-name part that names one (slugs may hold dots: nk-cell-therapy-myths.patient.es).
        foreach (var group in samples.ReadingFiles.GroupBy(f => Path.GetFileName(f).Split('.').FirstOrDefault(part => catalog.TryGet(part, out _)) ?? Path.GetFileName(f).Split('.')[2]).Where(g => g.Key != "strict-check"))
        {
            Assert.True(catalog.TryGet(group.Key, out var template));
            var allPass = group.All(f => Check(f, "--template", group.Key).Exit == 0 && Verdict(f, group.Key) is "pass" or "report" && !Broken(f, group.Key));
            Assert.True(allPass == template.PagePolicyFor("patients").Enforce,
                $"{group.Key}: its PDFs {(allPass ? "pass" : "do not pass")} the patient page check, but the template {(template.PagePolicyFor("patients").Enforce ? "enforces" : "only reports")}");
        }
    }

    /// <summary>Templates whose sample PDFs do not all pass yet, each with the measured reason (docs/readiness.md,
    /// "The sample templates, honestly"). Adding a template here needs a reason a reviewer can check.</summary>
    private static readonly Dictionary<string, string> ReportOnly = new()
    {
        // None today. booklet-a5 was here until its footer became one line (page number and title; the version
        // and review date close the last page): the Spanish booklet's page 2 was 42 % empty.
    };

    /// <summary>#15: every patient PDF of the sample content passes the enforced page check, as PdfPig reads it back
    /// (<c>nkhandouts check</c>, not the writer's numbers), except those of the templates listed in <see cref="ReportOnly"/>.</summary>
    [Fact]
    public void Every_sample_patient_pdf_passes_the_enforced_page_check()
    {
        var catalog = TemplateCatalog.Load(samples.Templates, Renderers.Outputs);
        var judged = 0;
        foreach (var file in samples.ReadingFiles)
        {
            var template = Path.GetFileName(file).Split('.').First(part => catalog.TryGet(part, out _));
            Assert.True(catalog.TryGet(template, out var t));
            var enforced = t.PagePolicyFor("patients").Enforce;
            Assert.True(enforced != ReportOnly.ContainsKey(template), $"{template}: {(enforced ? "enforces the page check but is listed as report-only" : "only reports the page check, with no reason listed")}");
            if (!enforced)
            {
                continue;
            }

            var (exit, output, error) = Check(file, "--template", template);
            Assert.True(exit == 0 && Verdict(file, template) == "pass", $"{Path.GetFileName(file)}: {output}{error}");
            judged++;
        }

        Assert.True(judged >= 18, $"only {judged} sample PDFs were judged"); // leaflet A4/Letter, tri-fold A4/Letter, large print, A5 booklet, screen and print, English and Spanish
    }

    /// <summary>#15: <c>check</c> on an imposed booklet judges the reading pages its press sheets carry (cut at the
    /// spine, back in reading order, padding blanks left out) and says so: every measure equals that of the reading
    /// file, page by page, but contrast (the imposed file is CMYK, the reading file sRGB).</summary>
    [Fact]
    public void An_imposed_booklet_is_judged_as_its_reading_pages()
    {
        var imposed = samples.Files.Where(f => f.EndsWith(".imposed.pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, imposed.Count); // English and Spanish
        foreach (var file in imposed)
        {
            var reading = file.Replace(".imposed.pdf", ".a5.pdf", StringComparison.Ordinal);
            var (exit, json, error) = Check(file, "--format", "json");
            Assert.True(exit == 0, error);
            using var sheets = JsonDocument.Parse(json);
            using var pages = JsonDocument.Parse(Check(reading, "--format", "json").Out);
            Assert.Equal("pass", sheets.RootElement.GetProperty("verdict").GetString());
            var fromSheets = sheets.RootElement.GetProperty("pages").EnumerateArray().ToList();
            var fromPages = pages.RootElement.GetProperty("pages").EnumerateArray().ToList();
            Assert.Equal(fromPages.Count, fromSheets.Count);
            for (var i = 0; i < fromPages.Count; i++)
            {
                foreach (var measure in fromPages[i].EnumerateObject().Where(m => m.Name != "contrast"))
                {
                    Assert.True(measure.Value.ToString() == fromSheets[i].GetProperty(measure.Name).ToString(),
                        $"{Path.GetFileName(file)} page {i + 1} {measure.Name}: {fromSheets[i].GetProperty(measure.Name)} on the sheets, {measure.Value} on the reading page");
                }
            }

            Assert.Contains(sheets.RootElement.GetProperty("findings").EnumerateArray(),
                f => f.GetProperty("message").GetString()!.StartsWith("imposed booklet: the 4 press sheet sides are judged as the 8 reading pages", StringComparison.Ordinal));
            var (_, text, _) = Check(file);
            Assert.Contains("imposed booklet:", text, StringComparison.Ordinal);
        }
    }

    private string Verdict(string file, string template)
    {
        using var doc = JsonDocument.Parse(Check(file, "--template", template, "--format", "json").Out);
        return doc.RootElement.GetProperty("verdict").GetString()!;
    }

    private bool Broken(string file, string template)
    {
        using var doc = JsonDocument.Parse(Check(file, "--template", template, "--format", "json").Out);
        return doc.RootElement.GetProperty("findings").EnumerateArray().Any(f => f.GetProperty("level").GetString() != "note");
    }
}

/// <summary>An enforced page policy that fails stops the output from being written.</summary>
public sealed class PageGateBuildTests
{
    [Fact]
    public void An_enforced_failure_writes_nothing_and_keeps_the_previous_file()
    {
        using var project = new ProjectCopy();
        // The shipped tri-fold passes at 12 pt, so this copy sets the 9.5 pt it used to have (the short tri-fold
        // article fits at any size), and enforces the check.
        var yaml = Path.Combine(project.Templates, "trifold-leaflet", "template.yaml");
        var text = File.ReadAllText(yaml);
        Assert.Contains("bodySize: 12pt", text, StringComparison.Ordinal);
        text = text.Replace("bodySize: 12pt", "bodySize: 9.5pt", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"patients: \{ enforce: (true|false) \}", "patients: { enforce: true }");
        File.WriteAllText(yaml, text);
        var (exit, output, _) = CliRunner.Run(project.Args("build", "--only", "*.trifold-leaflet.a4.pdf"));
        Assert.Equal(1, exit);
        Assert.Contains("the page check fails the patients policy of 'trifold-leaflet' (not written): page 1: body text is 9.5 pt", output, StringComparison.Ordinal);
        Assert.DoesNotContain(project.Outputs(), f => f.EndsWith(".pdf", StringComparison.Ordinal));

        // A previous file of the same name survives the failed build.
        Directory.CreateDirectory(project.Out);
        var previous = Path.Combine(project.Out, "nk-cell-therapy-myths.patient-trifold.trifold-leaflet.a4.pdf");
        File.WriteAllText(previous, "previous");
        Assert.Equal(1, CliRunner.Run(project.Args("build", "--only", "*.trifold-leaflet.a4.pdf")).Exit);
        Assert.Equal("previous", File.ReadAllText(previous));
    }
}

/// <summary><c>check --items</c> on the sample patient article: PEMAT-P and CDC items with evidence and locations.</summary>
public sealed class ItemCheckCommandTests
{
    [Fact]
    public void The_patient_article_gets_estimates_located_evidence_and_items_to_review()
    {
        var (exit, output, error) = CliRunner.Run(["check", Repo.Path_("content", "nk-cell-therapy-myths.patient.md"), "--items", "--format", "json", "--content", Repo.Content]);
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.InRange(root.GetProperty("pematUnderstandability").GetDouble(), 0, 100);
        Assert.Equal(100, root.GetProperty("pematActionability").GetDouble()); // questions box, "Ask your care team…"
        Assert.True(root.GetProperty("toReview").GetInt32() > 5);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(44, items.Count); // 24 PEMAT-P print items + 20 CDC items
        var summary = items.Single(i => i.GetProperty("instrument").GetString() == "CDC CCI" && i.GetProperty("id").GetString() == "2");
        Assert.Equal("agree", summary.GetProperty("rating").GetString()); // key points before the first heading
        Assert.Equal(31, summary.GetProperty("locations")[0].GetProperty("line").GetInt32()); // the key points box (after the front matter's status, comment and templates: lines)
        Assert.Contains(items, i => i.GetProperty("rating").GetString() == "to review" && i.GetProperty("id").GetString() == "1");
    }

    [Fact]
    public void Items_are_text_or_json_only()
    {
        var (exit, _, error) = CliRunner.Run(["check", Repo.NkArticle, "--items", "--format", "sarif"]);
        Assert.Equal(2, exit);
        Assert.Contains("--items writes text or json", error, StringComparison.Ordinal);
    }
}
