using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// What a page draws inside watermark artifacts (<c>/Artifact &lt;&lt;/Type /Pagination /Subtype /Watermark&gt;&gt;</c>,
/// ISO 32000-1 14.8.2.2): the draft mark is written so. A watermark is laid over the page and is not part of its
/// design, so its glyphs, box and rules are left out of the page the check judges, found by that rule whatever the
/// mark says (a template may word it its own way) and whatever language it is in.
/// </summary>
internal sealed class WatermarkContent
{
    private readonly HashSet<Letter> letters = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PdfPath> paths = new(ReferenceEqualityComparer.Instance);

    private WatermarkContent()
    {
    }

    /// <summary>True when the page has a watermark artifact (a file written since the draft mark is one).</summary>
    public bool Found { get; private set; }

    /// <summary>PdfPig hands the same letter and path objects to the page and to its marked content, so they are
    /// matched by reference.</summary>
    public static WatermarkContent Of(Page page)
    {
        var found = new WatermarkContent();
        foreach (var element in page.GetMarkedContents())
        {
            found.Visit(element, inWatermark: false);
        }

        return found;
    }

    public bool Contains(Letter letter) => letters.Contains(letter);

    public bool Contains(PdfPath path) => paths.Contains(path);

    private void Visit(MarkedContentElement element, bool inWatermark)
    {
        inWatermark |= element is ArtifactMarkedContentElement { Type: ArtifactMarkedContentElement.ArtifactType.Pagination } artifact
            && string.Equals(artifact.SubType, "Watermark", StringComparison.Ordinal);
        if (inWatermark)
        {
            Found = true;
            letters.UnionWith(element.Letters);
            paths.UnionWith(element.Paths);
        }

        foreach (var child in element.Children)
        {
            Visit(child, inWatermark); // PdfPig gives nested content to the innermost element only
        }
    }
}
