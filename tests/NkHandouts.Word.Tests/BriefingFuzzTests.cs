using CsCheck;
using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>
/// Random articles through the briefing renderer (with autolinks and odd hosts, mixed scripts, now and then a control
/// character: <see cref="MarkdownGen"/>): never an exception, and every DOCX has zero OpenXmlValidator errors and
/// contains the closing sentence. A few seconds in the suite; NKH_FUZZ_ITER raises the budget.
/// </summary>
public sealed class BriefingFuzzTests
{
    [Fact]
    public void Random_articles_give_valid_briefings()
    {
        var template = Briefings.BuiltIn();
        int cases = 0, rendered = 0;
        MarkdownGen.Renderable.Sample(text =>
        {
            cases++;
            var loaded = ArticleLoader.Parse(text.Replace("audience: patients", "audience: clinicians", StringComparison.Ordinal), Path.Combine(Repo.Content, "fuzz.md"));
            if (loaded.Value is not { } article)
            {
                Assert.Contains(loaded.Diagnostics, d => d.IsError);
                return;
            }

            var docx = Briefings.Render(article, template, out var result);
            if (result.Diagnostics.Any(d => d.IsError))
            {
                Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Location.Path)));
                return;
            }

            Assert.Empty(Briefings.ValidationErrors(docx));
            using var doc = Briefings.Open(docx);
            Assert.Contains(MarkdownGen.Ending, doc.MainDocumentPart!.Document!.Body!.InnerText);
            rendered++;
        }, iter: Fuzz.Iterations(40, share: 0.01), threads: 1);

        // Most random bodies load (a few name a missing image); a run that checked nothing must not pass.
        Assert.True(rendered * 2 >= cases, $"only {rendered} of {cases} cases were rendered and checked");
        TestContext.Current.SendDiagnosticMessage($"{cases} cases, {rendered} rendered and checked");
    }
}
