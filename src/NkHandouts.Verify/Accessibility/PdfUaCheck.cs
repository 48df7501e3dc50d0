using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// PDF/UA-1 as the machine-decidable failure conditions of the Matterhorn Protocol 1.1 (<see cref="Matterhorn"/>):
/// document-level entries and metadata, marked content against the structure tree, structure rules, annotations,
/// fonts, and a scan of every object for the rarer constructs.
/// </summary>
public sealed class PdfUaCheck : IPdfCheck
{
    public const string CheckId = "pdfua1";

    public string Id => CheckId;

    public string Name => "PDF/UA-1 (Matterhorn Protocol 1.1)";

    public string Claim => "PDF/UA-1";

    public IReadOnlyList<CheckRule> Rules { get; } = Matterhorn.Covered.Select(c => new CheckRule(c.Id, c.Description, c.Reference)).ToList();

    public IEnumerable<VerifyFinding> Check(PdfInspection pdf)
    {
        var findings = new Findings(CheckId);
        DocumentRules.Run(pdf, findings);
        LanguageRules.Run(pdf, findings);
        ContentRules.Run(pdf, findings);
        StructureRules.Run(pdf, findings);
        AnnotationRules.Run(pdf, findings);
        FontRules.Run(pdf, findings);
        ObjectScanRules.Run(pdf, findings);
        return findings.All;
    }
}

/// <summary>Collects findings for one check, one finding per (rule, message, page, place).</summary>
internal sealed class Findings(string check)
{
    private readonly HashSet<VerifyFinding> seen = [];

    public List<VerifyFinding> All { get; } = [];

    public void Fail(string rule, string message, int? page = null, string? where = null)
    {
        var f = new VerifyFinding(check, rule, message, page, where);
        if (seen.Add(f))
        {
            All.Add(f);
        }
    }
}
