using NkHandouts.Reports;

namespace NkHandouts.Verify.Reports;

/// <summary>
/// SARIF for code-scanning upload: the rules of every check that ran (ids <c>check/rule</c>, e.g.
/// <c>pdfua1/13-004</c>, with the clause they cite), one result per finding located at the PDF, with the page and
/// structure path in a logical location (PDFs have no lines).
/// </summary>
public static class VerifySarifWriter
{
    public static string Write(IReadOnlyList<FileVerdict> verdicts, IReadOnlyList<IPdfCheck> checks, string toolVersion)
    {
        var rules = checks.SelectMany(c => c.Rules.Select(r => new SarifRule($"{c.Id}/{r.Id}", r.Description, Reference: r.Reference)))
            .Append(new SarifRule($"{PdfVerifier.FileCheck}/unreadable", "The file is not a readable PDF", Reference: "ISO 32000-1"))
            .ToList();
        var results = verdicts.SelectMany(v => v.Findings.Select(f => new SarifResult(f.QualifiedRule, SarifLevel.Error, f.ToString(), v.Path, Logical: Logical(f))));
        return SarifWriter.Write("nkhandouts verify", toolVersion, rules, results);
    }

    private static SarifLogicalLocation? Logical(VerifyFinding f)
    {
        var name = string.Join(" ", new[] { f.Page is { } p ? $"page {p}" : null, f.Where }.Where(s => s is not null));
        return name.Length > 0 ? new SarifLogicalLocation(FullyQualifiedName: name) : null;
    }
}
