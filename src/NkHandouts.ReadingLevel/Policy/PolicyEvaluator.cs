using System.Globalization;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Text;
using NkHandouts.Templates;

namespace NkHandouts.ReadingLevel.Policy;

/// <summary>
/// Applies a <see cref="ReadingPolicy"/> to a report. Fail: consensus grade above the maximum, complex words above
/// their share, or the average sentence longer than the limit. Warn: grade above the target, or any single sentence
/// over the limit (each is listed in the report). A policy that is not enforced always passes ("report only").
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>The part of a report <see cref="Evaluate"/> reads: counts, scores, language and the long sentences
    /// (only their word counts). A build keeps this for each article while it renders every template's output, not
    /// the whole report: a 1,000-page article's sentence findings are about 9 MB it would otherwise hold to the end.
    /// Long sentences keep the start a finding quotes (<see cref="Reports.Finding.Short"/>), for the build's warnings.</summary>
    public static ReadingReport VerdictInputs(ReadingReport report) => report with
    {
        Sections = [],
        HardestSentences = [],
        LongSentences = [.. report.LongSentences.Select(s => s with { Text = Reports.Finding.Short(s.Text) })],
        ComplexWords = [],
        Jargon = [],
        PassiveSentences = [],
        Vocabulary = null,
        Warnings = [],
    };

    public static Verdict Evaluate(ReadingReport report, ReadingPolicy policy)
    {
        policy = policy.ForLanguage(report.LanguageTag);
        if (!policy.Enforce)
        {
            return new Verdict(Outcome.Pass, false, [new PolicyReason(ReadingRule.Grade, false, "report only: this audience's policy is not enforced")]);
        }

        var fails = new List<PolicyReason>();
        var warns = new List<PolicyReason>();
        if (report.Language == ReadingLanguage.Unsupported)
        {
            // No formula for this language: the text cannot be judged, and English formulas would be wrong.
            warns.Add(new PolicyReason(ReadingRule.Grade, false, $"no reading-level formulas for language '{report.LanguageTag}': have the text reviewed by a reader of that language"));
        }
        else
        {
            var gradeName = report.Language == ReadingLanguage.Spanish ? "SOL grade" : "consensus grade";
            var grade = Math.Round(report.Grade, 1);
            if (policy.MaxGrade is { } max && grade > max)
            {
                fails.Add(new PolicyReason(ReadingRule.Grade, true, $"{gradeName} {F(grade)} is above the maximum {F(max)}"));
            }
            else if (policy.TargetGrade is { } target && grade > target)
            {
                warns.Add(new PolicyReason(ReadingRule.Grade, false, $"{gradeName} {F(grade)} is above the target {F(target)}"));
            }
        }

        if (report.Language == ReadingLanguage.English)
        {
            var complex = Math.Round(report.Counts.ComplexWordPercent, 1);
            if (policy.MaxComplexWordPercent is { } maxComplex && complex > maxComplex)
            {
                fails.Add(new PolicyReason(ReadingRule.ComplexWords, true, $"{F(complex)}% of words have 3+ syllables; the limit is {F(maxComplex)}%"));
            }
        }

        if (report.Spanish is { } spanish && policy.MinPerspicuity is { } minPerspicuity)
        {
            var p = Math.Round(spanish.SzigrisztPazos, 1);
            if (p < minPerspicuity)
            {
                fails.Add(new PolicyReason(ReadingRule.Grade, true, $"Szigriszt-Pazos perspicuity {F(p)} (INFLESZ \"{Inflesz.Name(spanish.Inflesz)}\") is below the minimum {F(minPerspicuity)} (\"{Inflesz.Name(Inflesz.Band(minPerspicuity))}\")"));
            }
        }

        if (policy.MaxSentenceWords is { } maxWords)
        {
            var average = Math.Round(report.Counts.WordsPerSentence, 1);
            if (average > maxWords)
            {
                fails.Add(new PolicyReason(ReadingRule.SentenceLength, true, $"sentences average {F(average)} words; the limit is {maxWords}"));
            }

            var longOnes = report.LongSentences.Count(s => s.Words > maxWords);
            if (longOnes > 0)
            {
                warns.Add(new PolicyReason(ReadingRule.SentenceLength, false, $"{longOnes} sentence{(longOnes == 1 ? " is" : "s are")} longer than {maxWords} words"));
            }
        }

        var outcome = fails.Count > 0 ? Outcome.Fail : warns.Count > 0 ? Outcome.Warn : Outcome.Pass;
        return new Verdict(outcome, true, [.. fails, .. warns]);
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
