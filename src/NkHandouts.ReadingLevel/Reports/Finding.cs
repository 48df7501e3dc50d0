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
/// A located message for code-scanning and CI annotations. Codes NK301–NK306 are catalogued in docs/errors.md.
/// Policy failures are errors (at the file's first line), sentences and jargon are warnings, passive voice notes.
/// </summary>
public sealed record Finding(ReadingRule Rule, FindingLevel Level, SourceLocation Location, string Message)
{
    public string RuleId => Rule.Id;

    public static IReadOnlyList<Finding> For(CheckResult result)
    {
        var report = result.Report;
        var list = new List<Finding>();
        var fileStart = new SourceLocation(report.File, 1, 1);
        if (result.Verdict.Enforced)
        {
            foreach (var reason in result.Verdict.Findings)
            {
                list.Add(new Finding(reason.Rule, reason.Fails ? FindingLevel.Error : FindingLevel.Warning, fileStart, reason.Text));
            }
        }

        foreach (var s in report.LongSentences)
        {
            list.Add(new Finding(ReadingRule.SentenceLength, FindingLevel.Warning, s.Location, $"sentence of {s.Words} words (limit {report.LongSentenceWords}): \"{Short(s.Text)}\""));
        }

        foreach (var s in report.HardestSentences)
        {
            list.Add(new Finding(ReadingRule.HardSentence, FindingLevel.Warning, s.Location, $"hard sentence, grade {s.Grade.ToString("0.0", CultureInfo.InvariantCulture)}: \"{Short(s.Text)}\""));
        }

        foreach (var j in report.Jargon)
        {
            foreach (var at in j.Locations)
            {
                list.Add(new Finding(ReadingRule.Jargon, FindingLevel.Warning, at, $"jargon '{j.Term}': say \"{j.Plain}\""));
            }
        }

        foreach (var s in report.PassiveSentences)
        {
            list.Add(new Finding(ReadingRule.PassiveVoice, FindingLevel.Note, s.Location, $"possibly passive: \"{Short(s.Text)}\""));
        }

        return list;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
