namespace NkHandouts.Layout;

/// <summary>What elements draw with: the surface, the page being drawn and the report collecting warnings.</summary>
public sealed class DrawContext(IDrawingSurface surface, LayoutReport report)
{
    public IDrawingSurface Surface { get; } = surface;

    public LayoutReport Report { get; } = report;

    public int PageNumber { get; internal set; }

    /// <summary>Known in the second (drawing) pass; the counting pass sees its running page count.</summary>
    public int TotalPages { get; internal set; }

    /// <summary>Why the page being drawn ends where it does: set by the outermost column that breaks on it (it draws
    /// before the columns inside it), read by the document layout once the page is drawn.</summary>
    internal string? PageEndReason { get; set; }

    /// <summary>Where the block that goes over to the next page starts in the source, set with the reason.</summary>
    internal (int Line, int Column)? PageEndSource { get; set; }
}
