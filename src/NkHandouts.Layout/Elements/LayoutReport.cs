namespace NkHandouts.Layout;

/// <summary>What a layout found worth telling the author: glyphs no font has, images too coarse for print.</summary>
public sealed class LayoutReport
{
    public SortedSet<int> MissingGlyphs { get; } = [];

    /// <summary>Images under 300 dpi at their printed size: description and effective dpi.</summary>
    public List<(string Image, double Dpi)> LowResolutionImages { get; } = [];

    /// <summary>Fixed frames (tri-fold panels) whose content did not fit: the frame's name.</summary>
    public List<string> Overflows { get; } = [];

    public int Pages { get; internal set; }

    /// <summary>Why each page of a flowing document but the last ends where it does, and the space it leaves
    /// (<see cref="DocumentLayout"/>; fixed frames report <see cref="Overflows"/> instead).</summary>
    public List<PageEnd> PageEnds { get; } = [];
}

/// <summary>A page's end: the body space left under its last block (points), the rule that ended it there, in
/// words naming the blocks ("“Myth 1: …” keeps with what follows through “Fact …”, which does not fit"), and where
/// the block that goes over to the next page starts in the source (1-based line and column), when a block made it.</summary>
public sealed record PageEnd(int Page, double SpaceLeft, string Reason, (int Line, int Column)? Source = null);
