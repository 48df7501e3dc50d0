using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>Regressions found by <see cref="BriefingFuzzTests"/> (seed 6OYTqBvs8S71).</summary>
public sealed class FootnoteRegressionTests
{
    [Fact]
    public void Fuzz_case_with_a_footnote_in_a_callout_gives_a_valid_briefing()
    {
        var text = "---\ntitle: Fuzzed leaflet\nlanguage: en-US\naudience: clinicians\n---\n\n[link](https://example.org)gUs}#X%(1MJAFm36-M_m,O6,f`EuT# AT@MooNnnc`I|KF0bJD:CE\ud83d\ude00gI4SKJZ3kh~< RT\"aw&({][-#B@ow7|O::: myth\n[^1]: note\n:::\nd!zn$;<div>^d*]66BG[<-w4**[^1]9|`KxgW4TfIP:P:fR%l:XQuf+J:::\n[link](https://example.org)d]sIrIFN-\u03b3]]`xcz[<-p# [link](https://example.org)]*QrzD=QylQV<!-- c -->\u2014\n\n#9AL5Ajml,)[oYN\\RO`=E(.kiS> 4@'-Rt6}e\n\nZebra quartz finale.\n";
        var article = ArticleLoader.Parse(text, Path.Combine(Repo.Content, "fn.md")).Value!;
        var docx = Briefings.Render(article, Briefings.BuiltIn(), out _);
        var errors = Briefings.ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
