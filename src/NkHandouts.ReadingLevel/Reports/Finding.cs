using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
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

        list.AddRange(report.LongSentences.Select(s => LongSentence(report, s)));

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

    /// <summary>The warnings of an enforced verdict (the reasons that do not fail the text), located as
    /// <see cref="For"/> locates them: "N sentences are longer than the limit" becomes one finding at each of those
    /// sentences (the report lists the sentences over its policy's limit), every other reason one at the file's start.
    /// The build prints these, so a text that only warns says where, as <c>check</c> does.</summary>
    public static IReadOnlyList<Finding> Warnings(ReadingReport report, Verdict verdict)
    {
        var list = new List<Finding>();
        if (!verdict.Enforced)
        {
            return list;
        }

        foreach (var reason in verdict.Findings.Where(r => !r.Fails))
        {
            if (reason.Rule == ReadingRule.SentenceLength && report.LongSentences.Count > 0)
            {
                list.AddRange(report.LongSentences.Select(s => LongSentence(report, s)));
            }
            else
            {
                list.Add(new Finding(reason.Rule, FindingLevel.Warning, new SourceLocation(report.File, 1, 1), reason.Text));
            }
        }

        return list;
    }

    /// <summary>A sentence over the report's limit, where it starts, with its first words.</summary>
    public static Finding LongSentence(ReadingReport report, SentenceFinding s) =>
        new(ReadingRule.SentenceLength, FindingLevel.Warning, s.Location, $"sentence of {s.Words} words (limit {report.LongSentenceWords}): \"{Short(s.Text)}\"");

    /// <summary>A sentence as a finding quotes it: whole up to 120 characters, else its start.</summary>
    public static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
