using NkHandouts.Content;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Policy;
using NkHandouts.ReadingLevel.Text;
using NkHandouts.Templates;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>Spanish sentence and word rules, the language switch, and the Spanish policy.</summary>
public class SpanishTextTests
{
    private static ReadingReport Spanish(string text) =>
        new ReadingAnalyzer().Analyze(TextDocument.FromPlainText("t.txt", text, "es"));

    private static List<string> Sentences(string text) =>
        new ReadingAnalyzer(options: new AnalyzerOptions { LongSentenceWords = 0 })
            .Analyze(TextDocument.FromPlainText("t.txt", text, "es")).LongSentences.Select(s => s.Text).ToList();

    [Fact]
    public void InvertedMarksOpenAndTheClosingMarkEndsTheSentence()
    {
        var sentences = Sentences("¿Qué son las células NK? ¡Son defensas del cuerpo! Ayudan a combatir el cáncer.");
        // A sentence is reported from its first word: the opening mark is punctuation, not a word.
        Assert.Equal(["Qué son las células NK?", "Son defensas del cuerpo!", "Ayudan a combatir el cáncer."], sentences);
    }

    [Fact]
    public void SpanishAbbreviationsDoNotEndSentences()
    {
        Assert.Single(Sentences("Hable con la Dra. Pérez sobre el tratamiento."));
        Assert.Single(Sentences("Hay ensayos, p. ej. en EE. UU. y en Europa, con estas células."));
        Assert.Equal(2, Sentences("Se estudia en EE. UU. Todavía no es un tratamiento habitual.").Count);
        Assert.Single(Sentences("Llame al tel. 900 123 456 si tiene fiebre."));
    }

    [Fact]
    public void DecimalCommasStayInTheNumber()
    {
        var report = Spanish("La dosis es de 2,5 mg por kilo.");
        Assert.Equal(8, report.Counts.Words); // La dosis es de 2,5 mg por kilo
        Assert.Equal(1, report.Counts.Sentences);
    }

    [Fact]
    public void SpanishTextIsScoredWithSpanishFormulasOnly()
    {
        var report = Spanish("Las células NK son parte de sus defensas. Ayudan a su cuerpo a luchar contra el cáncer.");
        Assert.Equal(ReadingLanguage.Spanish, report.Language);
        Assert.NotNull(report.Spanish);
        Assert.Equal(ReadabilityScores.Zero, report.Scores); // no Flesch, Fog, SMOG… on Spanish words
        Assert.Equal(report.Spanish!.Sol, report.Grade);
        Assert.Equal(SpanishReadability.SzigrisztPazos(report.Counts), report.Spanish.SzigrisztPazos, 9);
    }

    [Fact]
    public void EnglishTextKeepsEnglishFormulas()
    {
        var report = new ReadingAnalyzer().Analyze(TextDocument.FromPlainText("t.txt", "The cat sat on the mat. It was happy."));
        Assert.Equal(ReadingLanguage.English, report.Language);
        Assert.Null(report.Spanish);
        Assert.True(report.Scores.FleschReadingEase > 0);
    }

    [Fact]
    public void AnArticlesLanguagePicksTheRules()
    {
        var text = "---\ntitle: Células NK\nlanguage: es-US\naudience: patients\n---\n\nLas células NK son parte de sus defensas.\n";
        var article = ArticleLoader.Parse(text, "a.md").Value!;
        var report = new ReadingAnalyzer().Analyze(TextDocument.FromArticle(article, text));
        Assert.Equal(ReadingLanguage.Spanish, report.Language);
        Assert.Equal("es-US", report.LanguageTag);
    }

    [Fact]
    public void AnUnsupportedLanguageGetsNoFormulaAndTheVerdictSaysSo()
    {
        var report = new ReadingAnalyzer().Analyze(TextDocument.FromPlainText("t.txt", "Le chat est sur le tapis.", "fr"));
        Assert.Equal(ReadingLanguage.Unsupported, report.Language);
        Assert.Equal(ReadabilityScores.Zero, report.Scores);
        Assert.Null(report.Spanish);
        var verdict = PolicyEvaluator.Evaluate(report, ReadingPolicy.Patients);
        Assert.Contains(verdict.Reasons, r => r.Contains("no reading-level formulas for language 'fr'", StringComparison.Ordinal));
    }

    [Fact]
    public void PatientPolicyAsksForBastanteFacilInSpanishAndIgnoresTheEnglishComplexWordShare()
    {
        // Long words, long sentence: perspicuity far below 65.
        var hard = Spanish("La inmunoterapia adoptiva con linfocitos citotóxicos naturales modificados genéticamente constituye actualmente una alternativa terapéutica experimental extraordinariamente prometedora.");
        var verdict = PolicyEvaluator.Evaluate(hard, ReadingPolicy.Patients);
        Assert.Equal(Outcome.Fail, verdict.Outcome);
        Assert.Contains(verdict.Reasons, r => r.Contains("Szigriszt-Pazos perspicuity", StringComparison.Ordinal) && r.Contains("bastante fácil", StringComparison.Ordinal));
        Assert.DoesNotContain(verdict.Reasons, r => r.Contains("3+ syllables", StringComparison.Ordinal));

        var plain = Spanish("Su médico le da las células. Usted va a casa. Si tiene fiebre, llame. Es fácil de hacer. Lo hace en un día.");
        Assert.True(plain.Spanish!.SzigrisztPazos >= 65, $"perspicuity {plain.Spanish.SzigrisztPazos}");
        Assert.DoesNotContain(PolicyEvaluator.Evaluate(plain, ReadingPolicy.Patients).Reasons, r => r.Contains("perspicuity", StringComparison.Ordinal));
    }

    [Fact]
    public void APolicyCanBeSetPerLanguage()
    {
        var policy = ReadingPolicy.Patients with
        {
            Languages = new Dictionary<string, ReadingPolicy> { ["es"] = new() { MinPerspicuity = -100, Enforce = true } },
        };
        var hard = Spanish("La inmunoterapia adoptiva con linfocitos citotóxicos naturales modificados genéticamente constituye actualmente una alternativa terapéutica experimental.");
        Assert.Equal(ReadingPolicy.Patients.MinPerspicuity, ReadingPolicy.Patients.ForLanguage("es-US").MinPerspicuity);
        Assert.Equal(-100, policy.ForLanguage("es-US").MinPerspicuity);
        Assert.DoesNotContain(PolicyEvaluator.Evaluate(hard, policy).Reasons, r => r.Contains("perspicuity", StringComparison.Ordinal));
    }

    [Fact]
    public void PassiveWithSerIsFlagged()
    {
        var report = Spanish("El tumor fue eliminado por las células. Las células atacan el tumor.");
        Assert.Single(report.PassiveSentences);
    }
}
