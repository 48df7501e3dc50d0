namespace NkHandouts.Layout;

/// <summary>
/// What an artifact is, where a reader of the output needs to tell it apart from other page furniture (ISO 32000-1
/// 14.8.2.2). A watermark is written as <c>/Artifact &lt;&lt;/Type /Pagination /Subtype /Watermark&gt;&gt;</c>, so the page
/// check can leave it out of the page it judges by that rule, whatever its text.
/// </summary>
public enum ArtifactKind
{
    /// <summary>Page furniture with no declared type (rules, bands, running heads, print marks).</summary>
    Furniture,

    /// <summary>A mark laid over the page that is not part of its design (the draft mark).</summary>
    Watermark,
}
