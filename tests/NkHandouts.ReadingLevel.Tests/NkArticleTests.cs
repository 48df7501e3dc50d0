using System.Text.Json;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.ReadingLevel.Reports;
using NkHandouts.Templates;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>The real clinician article: hard by every formula, so it must fail the patient policy.</summary>
public class NkArticleTests
{
    private static readonly Lazy<CheckResult> Result = new(() =>
    {
        var text = File.ReadAllText(Repo.NkArticle);
        var article = ArticleLoader.Parse(text, "content/nk-cell-therapy-myths.md").Value!;
        var glossary = GlossaryLoader.Load(Path.Combine(Repo.Content, "glossary.yaml"), new DiagnosticBag());
        var report = new ReadingAnalyzer(glossary: glossary, options: new AnalyzerOptions { IncludeVocabulary = true }).Analyze(TextDocument.FromArticle(article, text));
        return new CheckResult(report, PolicyEvaluator.Evaluate(report, ReadingPolicy.Patients), "patients");
    });

    [Fact]
    public void ScoresAreThoseOfACollegeLevelText()
    {
        var r = Result.Value.Report;
        // Measured 2025: 973 words, 55 sentences, consensus 15.2 (FK 13.8, Fog 15.7, SMOG 15.3, CLI 15.2, ARI 13.6).
        Assert.InRange(r.Counts.Words, 940, 1010);
        Assert.InRange(r.Counts.Sentences, 50, 60);
        Assert.InRange(r.Scores.FleschKincaidGrade, 12.5, 15);
        Assert.InRange(r.Scores.ConsensusGrade, 13, 17);
        Assert.InRange(r.Scores.FleschReadingEase, 20, 35);
        Assert.InRange(r.Counts.ComplexWordPercent, 20, 30);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void FailsThePatientPolicyWithReasons()
    {
        var v = Result.Value.Verdict;
        Assert.Equal(Outcome.Fail, v.Outcome);
        Assert.Contains(v.Reasons, x => x.StartsWith("consensus grade", StringComparison.Ordinal));
        Assert.Contains(v.Reasons, x => x.Contains("3+ syllables", StringComparison.Ordinal));
    }

    [Fact]
    public void PassesTheClinicianPolicyAsReportOnly()
    {
        var v = PolicyEvaluator.Evaluate(Result.Value.Report, ReadingPolicy.DefaultFor("clinicians"));
        Assert.Equal(Outcome.Pass, v.Outcome);
        Assert.False(v.Enforced);
    }

    [Fact]
    public void HardestSentenceIsLocatedAtItsOwnLineAndColumn()
    {
        var hardest = Result.Value.Report.HardestSentences[0];
        Assert.StartsWith("Activated dendritic cells", hardest.Text, StringComparison.Ordinal);
        var line = File.ReadAllLines(Repo.NkArticle)[hardest.Location.Line - 1];
        Assert.Equal("Activated", line.Substring(hardest.Location.Column - 1, "Activated".Length));
    }

    [Fact]
    public void EveryCountedComplexWordIsLocatedAtThatWordInTheSource()
    {
        var report = Result.Value.Report;
        var lines = File.ReadAllLines(Repo.NkArticle);
        var seen = new HashSet<(int, int)>();
        foreach (var word in report.ComplexWords)
        {
            Assert.Equal(word.Occurrences, word.Locations.Count);
            foreach (var at in word.Locations)
            {
                var line = lines[at.Line - 1];
                Assert.True(at.Column - 1 + word.Word.Length <= line.Length, $"{word.Word} at {at}");
                Assert.Equal(word.Word, line.Substring(at.Column - 1, word.Word.Length).ToLowerInvariant().Replace((char)0x2019, (char)0x27));
                Assert.True(seen.Add((at.Line, at.Column)), $"two occurrences located at {at}");
            }
        }

        // The body's occurrences, and the title's in the front matter; nothing else there (summary, keywords).
        var frontMatterEnd = Array.IndexOf(lines, "---", 1) + 1;
        var title = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal)) + 1;
        Assert.All(report.ComplexWords.SelectMany(w => w.Locations).Where(at => at.Line <= frontMatterEnd), at => Assert.Equal(title, at.Line));
    }

    [Fact]
    public void FindsTheSeededJargonWithPlainWording()
    {
        var jargon = Result.Value.Report.Jargon.ToDictionary(j => j.Term);
        foreach (var term in new[] { "immunotherapy", "autologous", "allogeneic", "cytokines", "interleukin-12", "interferon-gamma", "dendritic cells", "checkpoint inhibitors", "monoclonal antibodies", "tumor microenvironment", "persistence", "homing" })
        {
            Assert.True(jargon.ContainsKey(term), $"jargon '{term}' not found");
        }

        var lines = File.ReadAllLines(Repo.NkArticle);
        foreach (var at in jargon["autologous"].Locations)
        {
            Assert.Equal("autologous", lines[at.Line - 1].Substring(at.Column - 1, 10));
        }
    }

    [Fact]
    public void SectionsFollowTheHeadings()
    {
        var titles = Result.Value.Report.Sections.Select(s => s.Title).ToList();
        Assert.Equal("Introduction", titles[0]);
        Assert.Equal(5, titles.Count);
        Assert.StartsWith("Myth 1", titles[1], StringComparison.Ordinal);
        Assert.Equal(Result.Value.Report.Counts.Words, Result.Value.Report.Sections.Sum(s => s.Counts.Words));
    }

    [Fact]
    public void JsonHasTheDocumentedSchema()
    {
        var json = JsonReportWriter.Write([Result.Value], asArray: false);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var key in new[] { "file", "words", "sentences", "syllables", "complexWords", "letters", "scores", "sections", "hardestSentences", "jargon", "verdict", "vocabulary" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing '{key}'");
        }

        var scores = root.GetProperty("scores");
        Assert.Equal(["fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "automatedReadabilityIndex", "consensusGrade"],
            scores.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("fail", root.GetProperty("verdict").GetProperty("outcome").GetString());
        Assert.Equal(Result.Value.Report.Counts.Words, root.GetProperty("words").GetInt32());
        var vocabulary = root.GetProperty("vocabulary").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("words").GetInt32(), vocabulary.Sum(v => v.GetProperty("occurrences").GetInt32()));
        var first = root.GetProperty("hardestSentences")[0];
        Assert.True(first.GetProperty("line").GetInt32() > 0 && first.GetProperty("column").GetInt32() > 0);
        foreach (var word in root.GetProperty("complexWordList").EnumerateArray())
        {
            var locations = word.GetProperty("locations").EnumerateArray().ToList();
            Assert.Equal(word.GetProperty("occurrences").GetInt32(), locations.Count);
            Assert.All(locations, at => Assert.True(at.GetProperty("line").GetInt32() > 0 && at.GetProperty("column").GetInt32() > 0));
        }

        Assert.Equal(json, JsonReportWriter.Write([Result.Value], asArray: false)); // same input, same bytes
    }

    [Fact]
    public void SeveralFilesGiveAnArray()
    {
        using var doc = JsonDocument.Parse(JsonReportWriter.Write([Result.Value, Result.Value], asArray: true));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void SarifHasTheStructureCodeScanningExpects()
    {
        using var doc = JsonDocument.Parse(SarifReportWriter.Write([Result.Value], "0.1.0"));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "NK301" && r.GetProperty("level").GetString() == "error");
        foreach (var r in results)
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), rules);
            Assert.Equal(rules.IndexOf(r.GetProperty("ruleId").GetString()), r.GetProperty("ruleIndex").GetInt32());
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var loc = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("content/nk-cell-therapy-myths.md", loc.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(loc.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void GithubAnnotationsAreWorkflowCommands()
    {
        var lines = GithubReportWriter.Write([Result.Value]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=content/nk-cell-therapy-myths\.md,line=\d+,col=\d+,title=NK30\d::[^\r\n]+$", l));
        Assert.Contains(lines, l => l.StartsWith("::error ", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownSummaryIsATable()
    {
        var md = MarkdownReportWriter.Write([Result.Value]);
        Assert.Contains("| file | verdict |", md, StringComparison.Ordinal);
        Assert.Contains("| content/nk-cell-therapy-myths.md | ❌ fail |", md, StringComparison.Ordinal);
    }
}
