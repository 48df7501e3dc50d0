using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// PDF/UA-1 as the machine-decidable failure conditions of the Matterhorn Protocol 1.1 (<see cref="Matterhorn"/>):
/// document-level entries and metadata, marked content against the structure tree, structure rules, annotations,
/// fonts, and a scan of every object for the rarer constructs.
/// </summary>
/// <remarks>
/// The file is read in passes that each hold little: the object scan (in batches), the structure tree into its
/// compact model, then one page's content at a time for the rules that look at pages (content, fonts, the text the
/// language rule asks about), then the remaining rules. Each rule family collects its own findings, reported in the order above
/// whatever order the passes run in.
/// </remarks>
public sealed class PdfUaCheck : IPdfCheck
{
    public const string CheckId = "pdfua1";

    public string Id => CheckId;

    public string Name => "PDF/UA-1 (Matterhorn Protocol 1.1)";

    public string Claim => "PDF/UA-1";

    public IReadOnlyList<CheckRule> Rules { get; } = Matterhorn.Covered.Select(c => new CheckRule(c.Id, c.Description, c.Reference)).ToList();

    public IEnumerable<VerifyFinding> Check(PdfInspection pdf)
    {
        var document = new Findings(CheckId);
        var language = new Findings(CheckId);
        var content = new Findings(CheckId);
        var structure = new Findings(CheckId);
        var annotations = new Findings(CheckId);
        var fonts = new Findings(CheckId);
        var objects = new Findings(CheckId);

        DocumentRules.Run(pdf, document);
        ObjectScanRules.Run(pdf, objects); // first, while no structure tree is held
        pdf.EndPass();
        var contentRules = new ContentRules(pdf, pdf.Structure, content);
        var textOutsideArtifacts = false;
        foreach (var page in pdf.PageContents())
        {
            contentRules.Page(page);
            FontRules.Page(pdf, page, fonts);
            textOutsideArtifacts |= page.Items.Any(i => i is { Kind: PaintKind.Text, InArtifact: false });
        }

        contentRules.Finish();
        pdf.EndPass();
        LanguageRules.Run(pdf, textOutsideArtifacts, language);
        StructureRules.Run(pdf, structure);
        AnnotationRules.Run(pdf, annotations);
        pdf.Release(); // the build collects after the read-back
        return Findings.Merge(CheckId, document, language, content, structure, annotations, fonts, objects);
    }
}

/// <summary>Collects findings for one check, one finding per (rule, message, page, place).</summary>
internal sealed class Findings(string check)
{
    private readonly HashSet<VerifyFinding> seen = [];

    public List<VerifyFinding> All { get; } = [];

    public void Fail(string rule, string message, int? page = null, string? where = null) =>
        Add(new VerifyFinding(check, rule, message, page, where));

    /// <summary>The findings of each part in turn, each once.</summary>
    public static List<VerifyFinding> Merge(string check, params Findings[] parts)
    {
        var all = new Findings(check);
        foreach (var f in parts.SelectMany(p => p.All))
        {
            all.Add(f);
        }

        return all.All;
    }

    private void Add(VerifyFinding f)
    {
        if (seen.Add(f))
        {
            All.Add(f);
        }
    }
}
