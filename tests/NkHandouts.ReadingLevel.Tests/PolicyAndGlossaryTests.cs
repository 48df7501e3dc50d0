using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Glossary;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.Templates;

namespace NkHandouts.ReadingLevel.Tests;

public class PolicyAndGlossaryTests
{
    private const string Plain = "Take one pill each day. Drink a glass of water with it. Call us if you feel sick. We are here to help you.";

    [Fact]
    public void PlainTextPassesThePatientPolicy()
    {
        var v = PolicyEvaluator.Evaluate(Analyze.Text(Plain), ReadingPolicy.Patients);
        Assert.Equal(Outcome.Pass, v.Outcome);
        Assert.Empty(v.Reasons);
    }

    [Fact]
    public void GradeAboveTargetButWithinMaximumWarns()
    {
        var policy = ReadingPolicy.Patients with { TargetGrade = -5, MaxGrade = 30 };
        var v = PolicyEvaluator.Evaluate(Analyze.Text(Plain + " Unfortunately, immunotherapy is complicated."), policy);
        Assert.Equal(Outcome.Warn, v.Outcome);
        Assert.Contains(v.Reasons, r => r.Contains("target", StringComparison.Ordinal));
    }

    [Fact]
    public void OneLongSentenceWarnsAndLongSentencesOnAverageFail()
    {
        var longOne = "We will look at your blood and your skin and your eyes and your ears and your feet and your hands and your back today.";
        var policy = ReadingPolicy.Patients with { MaxGrade = 100, TargetGrade = 100, MaxComplexWordPercent = 100 };
        Assert.Equal(Outcome.Warn, PolicyEvaluator.Evaluate(Analyze.Text(Plain + " " + longOne), policy).Outcome);
        Assert.Equal(Outcome.Fail, PolicyEvaluator.Evaluate(Analyze.Text(longOne), policy).Outcome);
    }

    /// <summary>An enforced verdict that warns says where: each sentence over the limit at its own line and column
    /// (quoted as check quotes it), the grade at the file's start; failing reasons are not warnings, and a policy
    /// that is not enforced warns about nothing.</summary>
    [Fact]
    public void Warnings_of_a_verdict_are_located_at_each_long_sentence()
    {
        var longOne = "We will look at your blood and your skin and your eyes and your ears and your feet and your hands and your back today.";
        var report = PolicyEvaluator.VerdictInputs(Analyze.Markdown(Plain + "\n\n" + Plain + " " + longOne + "\n"));
        var policy = ReadingPolicy.Patients with { TargetGrade = -20 };

        var warnings = Reports.Finding.Warnings(report, PolicyEvaluator.Evaluate(report, policy));

        var sentence = Assert.Single(warnings, w => w.Rule == ReadingRule.SentenceLength);
        Assert.Equal(new SourceLocation("a.md", 9, 108), sentence.Location);
        Assert.Equal("sentence of 25 words (limit 20): \"" + longOne + "\"", sentence.Message);
        var grade = Assert.Single(warnings, w => w.Rule == ReadingRule.Grade);
        Assert.Equal(new SourceLocation("a.md", 1, 1), grade.Location);
        Assert.StartsWith("consensus grade", grade.Message);
        Assert.Equal(2, warnings.Count);
        Assert.Empty(Reports.Finding.Warnings(report, PolicyEvaluator.Evaluate(report, ReadingPolicy.ReportOnly)));
        var failing = PolicyEvaluator.Evaluate(report, policy with { MaxGrade = -20 });
        Assert.DoesNotContain(Reports.Finding.Warnings(report, failing), w => w.Rule == ReadingRule.Grade);
    }

    /// <summary>The build keeps only a report's verdict inputs per article: every policy must judge them exactly as it
    /// judges the whole report (a field the evaluator reads and the trimmed copy dropped would change a verdict).</summary>
    [Fact]
    public void VerdictInputsGiveTheSameVerdictAsTheWholeReport()
    {
        var longOne = "We will look at your blood and your skin and your eyes and your ears and your feet and your hands and your back today.";
        var hard = "Unfortunately, immunotherapeutic interventions necessitate comprehensive evaluation of immunological characteristics.";
        var reports = new[]
        {
            Analyze.Text(Plain),
            Analyze.Text(Plain + " " + longOne),
            Analyze.Text(longOne + " " + hard),
            Analyze.Markdown("# Myths\n\n" + Plain + "\n\n## More\n\n" + hard + " " + longOne),
            new ReadingAnalyzer().Analyze(TextDocument.FromPlainText("t.txt", "La dosis es de 2,5 mg por kilo. Las células NK son defensas del cuerpo y ayudan a combatir el cáncer en muchos pacientes con tratamientos nuevos y complejos.", "es")),
        };
        var policies = new[]
        {
            ReadingPolicy.Patients,
            ReadingPolicy.ReportOnly,
            ReadingPolicy.Patients with { MaxSentenceWords = 10 },
            ReadingPolicy.Patients with { MaxGrade = 100, TargetGrade = 100, MaxComplexWordPercent = 100, MaxSentenceWords = 20 },
            ReadingPolicy.Patients with { MaxComplexWordPercent = 1, MinPerspicuity = 90 },
        };

        var judged = 0;
        foreach (var report in reports)
        {
            var inputs = PolicyEvaluator.VerdictInputs(report);
            Assert.Empty(inputs.HardestSentences);
            Assert.Empty(inputs.ComplexWords);
            Assert.All(inputs.LongSentences, s => Assert.True(s.Text.Length <= 120, s.Text));
            foreach (var policy in policies)
            {
                var whole = PolicyEvaluator.Evaluate(report, policy);
                var kept = PolicyEvaluator.Evaluate(inputs, policy);
                Assert.Equal(whole.Outcome, kept.Outcome);
                Assert.Equal(whole.Enforced, kept.Enforced);
                Assert.Equal(whole.Findings, kept.Findings);
                judged += whole.Outcome == Outcome.Pass ? 0 : 1;
            }
        }

        Assert.True(judged >= 8, $"the cases must exercise warnings and failures, not only passes ({judged} did)");
    }

    [Fact]
    public void GlossaryLoadsTermsAndMatchesPluralsAndPhrases()
    {
        var glossary = GlossaryLoader.Parse("dendritic cells: cells that guide others\ncytokine: chemical message\n", "g.yaml", new DiagnosticBag());
        var r = Analyze.Text("Dendritic cells release cytokines. A dendritic cell helps.", glossary: glossary);
        Assert.Equal(2, r.Jargon.Count);
        Assert.Equal(2, r.Jargon.Single(j => j.Term == "dendritic cells").Occurrences);
        Assert.Equal("chemical message", r.Jargon.Single(j => j.Term == "cytokine").Plain);
    }

    [Fact]
    public void BadGlossaryEntriesAreLocatedDiagnostics()
    {
        var diagnostics = new DiagnosticBag();
        var glossary = GlossaryLoader.Parse("good: fine\nempty:\nlist: [a, b]\n", "content/glossary.yaml", diagnostics);
        Assert.Single(glossary.Entries);
        Assert.Contains(diagnostics.Items, d => d.Location.Line == 2 && d.Code == DiagnosticCodes.MissingKey);
        Assert.Contains(diagnostics.Items, d => d.Location.Line == 3 && d.Code == DiagnosticCodes.WrongType);
    }

    [Fact]
    public void DuplicatedGlossaryTermWarnsAtItsSecondLine()
    {
        var diagnostics = new DiagnosticBag();
        GlossaryLoader.Parse("homing: how cells find the tumor\nHoming: again\n", "content/glossary.yaml", diagnostics);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCodes.DuplicateKey, d.Code);
        Assert.Equal(new SourceLocation("content/glossary.yaml", 2, 1), d.Location);
    }

    [Fact]
    public void MalformedGlossaryIsAYamlDiagnosticNotAnException()
    {
        var diagnostics = new DiagnosticBag();
        var glossary = GlossaryLoader.Parse("a: [unclosed\n", "g.yaml", diagnostics);
        Assert.Empty(glossary.Entries);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCodes.YamlSyntax);
    }

    [Fact]
    public void ProjectGlossaryLoadsCleanly()
    {
        var diagnostics = new DiagnosticBag();
        var glossary = GlossaryLoader.Load(Path.Combine(Repo.Content, "glossary.yaml"), diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.True(glossary.Entries.Count >= 12);
    }
}
