namespace NkHandouts.Readiness.Pages;

/// <summary>A printed line: glyphs on one baseline, close enough together to be read as one line (the columns of
/// a tri-fold are separate lines). Spaces are inferred from the gaps between glyphs.</summary>
public sealed record TextLine(IReadOnlyList<Glyph> Glyphs, string Text, double Size)
{
    public double Left => Glyphs[0].Bounds.Left;
    public double Right => Glyphs[^1].Bounds.Right;
    public double Baseline => Glyphs[0].BaselineY;
    public bool Bold => Glyphs.Count(g => g.Bold) * 2 > Glyphs.Count;

    /// <summary>Characters a reader counts, spaces included.</summary>
    public int Characters => Text.Length;

    public int Words => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
