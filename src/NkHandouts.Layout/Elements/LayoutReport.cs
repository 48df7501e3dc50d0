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
}
