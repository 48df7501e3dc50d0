using NkHandouts.Readiness.Policy;
using NkHandouts.Reports;

namespace NkHandouts.Readiness.Reports;

/// <summary>SARIF: the NK501–NK512 rules (one per measure) in the driver, one result per finding, located at the PDF
/// and its page (a logical location "page N", since a PDF has no lines).</summary>
public static class PageSarifWriter
{
    public static string Write(IReadOnlyList<PageCheckResult> results, string toolVersion) => SarifWriter.Write(
        "nkhandouts",
        toolVersion,
        PageRules.All.Select(r => new SarifRule(r.Id, r.Description, r.Name)).ToList(),
        results.SelectMany(r => r.Findings.Select(f =>
            new SarifResult(f.RuleId, Level(f.Level), f.Message, r.File, Logical: new SarifLogicalLocation($"page {f.Page}", "page")))));

    private static SarifLevel Level(FindingLevel level) => level switch
    {
        FindingLevel.Error => SarifLevel.Error,
        FindingLevel.Warning => SarifLevel.Warning,
        FindingLevel.Note => SarifLevel.Note,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown finding level"),
    };
}
