using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Policy;

namespace NkHandouts.ReadingLevel.Reports;

public enum FindingLevel
{
    Error,
    Warning,
    Note,
}

/// <summary>
/// A located message for code-scanning and CI annotations. Codes NK301–NK308 are catalogued in docs/errors.md.
/// Policy failures are errors (at the file's first line), sentences and jargon are warnings, passive voice notes.
/// </summary>
public sealed record Finding(string RuleId, FindingLevel Level, SourceLocation Location, string Message)
{
    public static readonly IReadOnlyList<(string Id, string Name, string Description)> Rules =
    [
        ("NK301", "ReadingGradeTooHigh", "The reading grade (consensus in English, SOL in Spanish) or the Spanish perspicuity is outside the audience's policy, or the language has no formulas."),
        ("NK302", "TooManyComplexWords", "Too large a share of words have three or more syllables."),
        ("NK303", "SentencesTooLong", "Sentences are too long on average, or one sentence is over the limit."),
        ("NK304", "HardSentence", "One of the hardest sentences of the text, by its own Flesch-Kincaid grade (Spanish: Szigriszt-Pazos perspicuity)."),
        ("NK305", "Jargon", "A glossary term: use the plain wording the glossary suggests."),
        ("NK306", "PassiveVoice", "The sentence looks passive; active voice is usually plainer."),
    ];

    public static IReadOnlyList<Finding> For(CheckResult result)
    {
        var report = result.Report;
        var list = new List<Finding>();
        var fileStart = new SourceLocation(report.File, 1, 1);
        var failing = result.Verdict.Enforced && result.Verdict.Outcome == Outcome.Fail;
        foreach (var reason in result.Verdict.Reasons)
        {
            if (!result.Verdict.Enforced)
            {
                break;
            }

            var id = reason.Contains("grade", StringComparison.Ordinal) || reason.Contains("perspicuity", StringComparison.Ordinal)
                || reason.Contains("formulas", StringComparison.Ordinal) ? "NK301"
                : reason.Contains("syllables", StringComparison.Ordinal) ? "NK302" : "NK303";
            var isFail = failing && !reason.Contains("target", StringComparison.Ordinal) && !reason.Contains("longer than", StringComparison.Ordinal);
            list.Add(new Finding(id, isFail ? FindingLevel.Error : FindingLevel.Warning, fileStart, reason));
        }

        foreach (var s in report.LongSentences)
        {
            list.Add(new Finding("NK303", FindingLevel.Warning, s.Location, $"sentence of {s.Words} words (limit {report.LongSentenceWords}): \"{Short(s.Text)}\""));
        }

        foreach (var s in report.HardestSentences)
        {
            list.Add(new Finding("NK304", FindingLevel.Warning, s.Location, $"hard sentence, grade {s.Grade.ToString("0.0", CultureInfo.InvariantCulture)}: \"{Short(s.Text)}\""));
        }

        foreach (var j in report.Jargon)
        {
            foreach (var at in j.Locations)
            {
                list.Add(new Finding("NK305", FindingLevel.Warning, at, $"jargon '{j.Term}': say \"{j.Plain}\""));
            }
        }

        foreach (var s in report.PassiveSentences)
        {
            list.Add(new Finding("NK306", FindingLevel.Note, s.Location, $"possibly passive: \"{Short(s.Text)}\""));
        }

        return list;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
