using NkHandouts.ReadingLevel.Policy;
using NkHandouts.Reports;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>
/// SARIF for code-scanning upload: the NK30x rules in the driver, one result per finding located in the Markdown
/// source (uri relative to the working folder, 1-based line and column).
/// </summary>
public static class SarifReportWriter
{
    public static string Write(IReadOnlyList<CheckResult> results, string toolVersion) => SarifWriter.Write(
        "nkhandouts",
        toolVersion,
        ReadingRule.All.Select(r => new SarifRule(r.Id, r.Description, r.Name)).ToList(),
        results.SelectMany(Finding.For).Select(f => new SarifResult(f.RuleId, Level(f.Level), f.Message, f.Location.Path, (f.Location.Line, f.Location.Column))));

    private static SarifLevel Level(FindingLevel level) => level switch
    {
        FindingLevel.Error => SarifLevel.Error,
        FindingLevel.Warning => SarifLevel.Warning,
        FindingLevel.Note => SarifLevel.Note,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown finding level"),
    };
}
