namespace NkHandouts.Layout;

/// <summary>Tagged-PDF structure types the engine emits (ISO 32000 standard structure types).</summary>
public enum StructureTag
{
    Sect,
    Div,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Figure,
    Table,
    TR,
    TH,
    TD,
}

/// <summary>
/// One logical structure element. Identity matters: an element broken across pages is begun again on the next
/// page with the same node, and the surface continues it instead of starting a second one.
/// </summary>
public sealed class StructureNode(StructureTag tag, string? altText = null)
{
    public StructureTag Tag { get; } = tag;

    /// <summary>Alternative text (figures) read instead of the content.</summary>
    public string? AltText { get; } = altText;

    public override string ToString() => Tag.ToString();
}
