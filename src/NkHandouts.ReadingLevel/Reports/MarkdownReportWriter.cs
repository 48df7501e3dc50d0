using System.Globalization;
using System.Text;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>A summary for a CI job summary ($GITHUB_STEP_SUMMARY): one table row per file, then the reasons.</summary>
public static class MarkdownReportWriter
{
    public static string Write(IReadOnlyList<CheckResult> results)
    {
        var sb = new StringBuilder();
        sb.Append("## Reading level\n\n");
        sb.Append("| file | verdict | consensus grade | Flesch ease | FK grade | Fog | SMOG | Coleman-Liau | ARI | words | sentences | complex words |\n");
        sb.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in results.Where(r => r.Report.Language != ReadingLanguage.Spanish))
        {
            var s = r.Report.Scores;
            var c = r.Report.Counts;
            sb.Append("| ").Append(Cell(r.Report.File.Replace('\\', '/')))
                .Append(" | ").Append(Icon(r)).Append(' ').Append(r.Verdict.Enforced ? r.Verdict.Name : "report only")
                .Append(" | ").Append(F(s.ConsensusGrade))
                .Append(" | ").Append(F(s.FleschReadingEase))
                .Append(" | ").Append(F(s.FleschKincaidGrade))
                .Append(" | ").Append(F(s.GunningFog))
                .Append(" | ").Append(F(s.Smog))
                .Append(" | ").Append(F(s.ColemanLiau))
                .Append(" | ").Append(F(s.AutomatedReadabilityIndex))
                .Append(" | ").Append(c.Words.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(c.Sentences.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(F(c.ComplexWordPercent)).Append('%')
                .Append(" |\n");
        }

        var spanish = results.Where(r => r.Report.Spanish is not null).ToList();
        if (spanish.Count > 0)
        {
            // Spanish text has its own formulas (docs/reading-level.md); English ones are never shown for it.
            sb.Append("\n| file (Spanish) | verdict | SOL grade | Szigriszt-Pazos | INFLESZ | Fernández-Huerta | words | sentences |\n");
            sb.Append("|---|---|---:|---:|---|---:|---:|---:|\n");
            foreach (var r in spanish)
            {
                var s = r.Report.Spanish!;
                sb.Append("| ").Append(Cell(r.Report.File.Replace('\\', '/')))
                    .Append(" | ").Append(Icon(r)).Append(' ').Append(r.Verdict.Enforced ? r.Verdict.Name : "report only")
                    .Append(" | ").Append(F(s.Sol))
                    .Append(" | ").Append(F(s.SzigrisztPazos))
                    .Append(" | ").Append(Inflesz.Name(s.Inflesz))
                    .Append(" | ").Append(F(s.FernandezHuerta))
                    .Append(" | ").Append(r.Report.Counts.Words.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(r.Report.Counts.Sentences.ToString(CultureInfo.InvariantCulture))
                    .Append(" |\n");
            }
        }

        foreach (var r in results.Where(r => r.Verdict.Enforced && r.Verdict.Reasons.Count > 0))
        {
            sb.Append("\n**").Append(Cell(r.Report.File.Replace('\\', '/'))).Append("** (").Append(r.PolicyAudience).Append(")\n\n");
            foreach (var reason in r.Verdict.Reasons)
            {
                sb.Append("- ").Append(reason).Append('\n');
            }

            foreach (var j in r.Report.Jargon)
            {
                sb.Append("- jargon *").Append(Cell(j.Term)).Append("* (").Append(j.Occurrences.ToString(CultureInfo.InvariantCulture))
                    .Append("×): say \"").Append(Cell(j.Plain)).Append("\"\n");
            }
        }

        return sb.ToString();
    }

    private static string Icon(CheckResult r) => !r.Verdict.Enforced ? "ℹ️" : r.Verdict.Name switch { "pass" => "✅", "warn" => "⚠️", _ => "❌" };

    private static string Cell(string s) => s.Replace("|", "\\|");

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
