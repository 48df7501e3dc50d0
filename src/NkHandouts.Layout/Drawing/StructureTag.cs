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
    THead,
    TBody,
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

    /// <summary>Which cells a header cell (TH) heads; screen readers announce it with them.</summary>
    public TableScope? Scope { get; init; }

    public override string ToString() => Tag.ToString();
}

/// <summary>The Scope of a table header cell (ISO 32000-1 Table 347).</summary>
public enum TableScope
{
    Row,
    Column,
    Both,
}
