using CsCheck;
using NkHandouts.Content;
using NkHandouts.Rendering;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests;

/// <summary>
/// Random articles through the leaflet renderer (with autolinks and odd hosts, mixed scripts, now and then a control
/// character or CJK text: <see cref="MarkdownGen"/>): never an exception; every article the loader accepts either
/// renders to a PDF that PdfPig opens and that contains the title and the closing sentence, or fails with located
/// errors. A few seconds in the suite; NKH_FUZZ_ITER raises the budget (tests/fuzz/run.sh).
/// </summary>
public sealed class LeafletFuzzTests
{
    [Fact]
    public void Random_articles_render_to_readable_pdfs()
    {
        var template = SampleArticle.Leaflet;
        int cases = 0, rendered = 0;
        var refused = new Dictionary<string, int>();
        MarkdownGen.Renderable.Sample(text =>
        {
            cases++;
            var loaded = ArticleLoader.Parse(text, Path.Combine(Repo.Content, "fuzz.md"));
            if (loaded.Value is not { } article)
            {
                Assert.Contains(loaded.Diagnostics, d => d.IsError);
                Count(refused, loaded.Diagnostics);
                return;
            }

            var renderer = new LeafletRenderer();
            var plan = renderer.Plan(article, template)[0];
            using var stream = new MemoryStream();
            var result = renderer.Render(plan, RenderSettings.For(article), stream);
            if (result.Diagnostics.Any(d => d.IsError))
            {
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Location.Path)));
                Count(refused, result.Diagnostics);
                return;
            }

            using var pdf = PdfDocument.Open(stream.ToArray());
            Assert.Equal(result.Pages, pdf.NumberOfPages);
            var words = PdfText.Squash(string.Concat(pdf.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text)))));
            Assert.Contains("Fuzzedleaflet", words);
            Assert.Contains(PdfText.Squash(MarkdownGen.Ending), words);
            rendered++;
        }, iter: Fuzz.Iterations(30, share: 0.01), threads: 1);

        // Most random bodies load (a few name a missing image); a run that checked nothing must not pass.
        var why = string.Join(", ", refused.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} ×{r.Value}"));
        Assert.True(rendered * 2 >= cases, $"only {rendered} of {cases} cases were rendered and checked; refused: {why}");
        TestContext.Current.SendDiagnosticMessage($"{cases} cases, {rendered} rendered and checked; refused with located errors: {why}");
    }

    /// <summary>Each error code once per case, to report why cases were refused.</summary>
    private static void Count(Dictionary<string, int> counts, IEnumerable<NkHandouts.Diagnostics.Diagnostic> diagnostics)
    {
        foreach (var code in diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct())
        {
            counts[code] = counts.GetValueOrDefault(code) + 1;
        }
    }
}
