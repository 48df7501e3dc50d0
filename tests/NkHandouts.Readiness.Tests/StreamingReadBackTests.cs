using System.Text.Json;
using NkHandouts.Build;
using NkHandouts.Pdf;
using NkHandouts.Project;
using NkHandouts.Readiness.Measures;
using NkHandouts.Readiness.Pages;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Tests;

/// <summary>
/// The page check reads a PDF page by page, twice (document-wide figures first), so a long document never has every
/// page's glyphs in memory (issue 19). Its measurements must be exactly those of the former all-at-once reading: the
/// oracle below is that code, run over every sample leaflet the build makes (A4/Letter, screen/print, tri-fold,
/// large print, booklet, Spanish).
/// </summary>
public sealed class StreamingReadBackTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Pdf, PagePolicy Policy)>> Samples = new(() =>
    {
        var outputs = new TemplateOutputs([new PdfLeafletOutput(), new NkHandouts.Word.BriefingOutput()]);
        var workspace = Workspace.Load(Repo.Content, Repo.Templates, outputs);
        var renderer = new LeafletRenderer();
        var plan = BuildPlanner.Plan(workspace, [renderer], new BuildOptions { ContentDir = Repo.Content, TemplatesDir = Repo.Templates });
        return plan.Jobs.Where(j => renderer.HasReadingPages(j.Plan)).Select(j =>
        {
            using var stream = new MemoryStream();
            renderer.Render(j.Plan, RenderSettings.For(j.Plan.Article) with { DraftMark = NkHandouts.Content.Governance.MarkFor(j.Plan.Article, j.Plan.Template, new NkHandouts.Diagnostics.DiagnosticBag()) }, stream);
            return (j.FileName, stream.ToArray(), j.Plan.Template.PagePolicyFor(j.Plan.Article.Metadata.Audience));
        }).ToList();
    });

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var s in Samples.Value)
        {
            data.Add(s.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Streamed_measurements_equal_the_all_at_once_reading(string name)
    {
        var (_, pdf, policy) = Samples.Value.Single(s => s.Name == name);
        var caps = policy.MaxCapsRunWords ?? 3;
        var reading = PdfPageReader.Read(pdf);
        var pages = reading.Pages;
        Assert.True(pages.Count > 0);

        var expected = AllAtOnce(pages, caps);
        var streamed = PageMeasurer.Measure(visit => PdfPageReader.Stream(pdf, visit), caps);
        Assert.Equal(Json(expected), Json(streamed));

        // The findings, as the build sees them (the colour note and estimate marks are added after evaluation).
        var result = PageCheck.Run(name, pdf, policy, "patients");
        var estimate = $" [{reading.ColourReading}]";
        Assert.Equal(Json(NkHandouts.Readiness.Policy.PageEvaluator.Evaluate(expected, policy).Select(f => (f.RuleId, f.Level, f.Page, f.Message))),
            Json(result.Findings.Where(f => f.Message != "colours: " + reading.ColourReading)
                .Select(f => (f.RuleId, f.Level, f.Page, f.Message.EndsWith(estimate, StringComparison.Ordinal) ? f.Message[..^estimate.Length] : f.Message))));
    }

    [Fact]
    public void Keeping_a_short_documents_pages_or_reading_it_twice_gives_the_same_result()
    {
        foreach (var (name, pdf, policy) in Samples.Value)
        {
            var kept = PageCheck.Run(name, pdf, policy, "patients");
            Assert.True(PdfPageReader.Read(pdf).Pages.Count <= PageCheck.KeptPages, name); // the default path keeps them all
            foreach (var limit in new[] { 0, 1, 2 })
            {
                // 0: read twice from the start; 1 and 2: the document outgrows what is kept during the first reading.
                var again = PageCheck.Run(name, pdf, policy, "patients", limit);
                Assert.Equal(Json(kept.Pages), Json(again.Pages));
                Assert.Equal(Json(kept.Findings), Json(again.Findings));
            }
        }
    }

    /// <summary>The build checks its staged file through a stream, never holding it whole: the same result as the bytes.</summary>
    [Fact]
    public void A_staged_file_read_through_a_stream_gives_the_result_of_its_bytes()
    {
        using var dir = new TempDir();
        foreach (var (name, pdf, policy) in Samples.Value)
        {
            var path = Path.Combine(dir.Path, Path.GetFileName(name) + ".pdf");
            File.WriteAllBytes(path, pdf);
            var fromBytes = PageCheck.Run(name, pdf, policy, "patients", 0);
            var fromDisk = PageCheck.Run(name, NkHandouts.Rendering.FinishedOutput.OnDisk(path), policy, "patients", 0);
            Assert.Equal(Json(fromBytes.Pages), Json(fromDisk.Pages));
            Assert.Equal(Json(fromBytes.Findings), Json(fromDisk.Findings));
            Assert.Equal(fromBytes.Verdict, fromDisk.Verdict);
        }
    }

    [Fact]
    public void Document_figures_gathered_page_by_page_equal_those_over_every_glyph()
    {
        foreach (var (name, pdf, _) in Samples.Value)
        {
            var pages = PdfPageReader.Read(pdf).Pages;
            var figures = new DocumentFigures();
            foreach (var page in pages)
            {
                figures.Add(page);
            }

            var glyphs = pages.SelectMany(p => p.Glyphs).ToList();
            Assert.Equal(TypeSizes.Body(glyphs), figures.Body);
            var area = figures.Area!;
            Assert.Equal(glyphs.Select(g => g.Bounds).Aggregate((a, b) => a.Union(b)), area.Bounds);
            Assert.Equal(EmptySpace.Columns(glyphs.Select(g => (g.Bounds.Left, g.Bounds.Right))), area.Columns);
            Assert.True(area.Columns.Count >= 1, name);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>The page measurer as it was before streaming (every page held), kept as the oracle.</summary>
    private static List<PageMeasurement> AllAtOnce(IReadOnlyList<PageContent> pages, int capsRunLongerThan)
    {
        var glyphs = pages.SelectMany(p => p.Glyphs).ToList();
        var documentBody = TypeSizes.Body(glyphs);
        var area = glyphs.Count == 0 ? null
            : new EmptySpace.Area(glyphs.Select(g => g.Bounds).Aggregate((a, b) => a.Union(b)), EmptySpace.Columns(glyphs.Select(g => (g.Bounds.Left, g.Bounds.Right))));
        var lines = pages.Select(LineFinder.Lines).ToList();
        var sections = SectionWords(lines, documentBody);
        var result = new List<PageMeasurement>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var body = TypeSizes.Body(TypeSizes.BodyCandidates(page.Glyphs, documentBody, i == pages.Count - 1));
            var bodyLines = lines[i].Where(l => TypeSizes.IsBody(l, body)).ToList();
            var paragraphs = LineMetrics.Paragraphs(bodyLines);
            result.Add(new PageMeasurement
            {
                Page = page.Number,
                BodySize = body,
                SmallestSize = TypeSizes.Smallest(page.Glyphs),
                HeadingSizes = TypeSizes.Headings(lines[i], documentBody),
                CharsPerLine = Distribution.Of(bodyLines.Select(l => l.Characters)),
                WordsPerLine = Distribution.Of(bodyLines.Select(l => l.Words)),
                LineSpacing = LineMetrics.Spacing(paragraphs),
                Contrast = ContrastMeter.Pairs(page),
                JustifiedLines = LineMetrics.Justified(paragraphs),
                CapsRuns = TextStyle.CapsRuns(lines[i], capsRunLongerThan),
                ItalicPercent = TextStyle.ItalicPercent(page.Glyphs),
                EmptyPercent = area is { } a ? EmptySpace.Percent(page, a) : 100,
                WordsBetweenHeadings = sections[i],
                Letters = page.Glyphs.Count,
                BodyLines = bodyLines.Count,
            });
        }

        return result;
    }

    private static int[] SectionWords(IReadOnlyList<IReadOnlyList<TextLine>> pages, double? body)
    {
        var longest = new int[pages.Count];
        if (body is not { } b)
        {
            return longest;
        }

        var words = 0;
        var touched = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var line in pages[i])
            {
                if (line.Size >= b * TypeSizes.HeadingRatio)
                {
                    Close();
                }
                else if (line.Size >= b - 0.25)
                {
                    words += line.Words;
                    if (touched.Count == 0 || touched[^1] != i)
                    {
                        touched.Add(i);
                    }
                }
            }
        }

        Close();
        return longest;

        void Close()
        {
            foreach (var p in touched)
            {
                longest[p] = Math.Max(longest[p], words);
            }

            words = 0;
            touched.Clear();
        }
    }
}
