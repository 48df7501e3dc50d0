using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Trifold;

/// <summary>
/// Panel widths of a roll-fold (letter-fold) tri-fold, left to right, in points. The panel that folds inside is
/// narrower by the fold allowance so it tucks in without buckling: A4 (297 mm) → outside 97|100|100 mm, inside
/// 100|100|97 mm (the inside is the outside turned over, so the order mirrors). Outside, left to right: inside
/// flap, back panel, cover. Inside: three panels read left to right, the flap's back on the right.
/// </summary>
internal sealed record TrifoldPanels(IReadOnlyList<double> Outside)
{
    public static readonly double FoldAllowance = Length.FromMm(3).Points;

    public IReadOnlyList<double> Inside => [.. Outside.Reverse()];

    /// <summary>The template's panel widths when it lists them, else two equal panels and one narrower by
    /// <see cref="FoldAllowance"/>: (W + allowance) / 3.</summary>
    public static TrifoldPanels For(double sheetWidth, IReadOnlyList<Length> templatePanels)
    {
        if (templatePanels.Count == 3 && Math.Abs(templatePanels.Sum(p => p.Points) - sheetWidth) < 1)
        {
            return new TrifoldPanels([.. templatePanels.Select(p => p.Points)]);
        }

        var full = (sheetWidth + FoldAllowance) / 3;
        return new TrifoldPanels([sheetWidth - 2 * full, full, full]);
    }

    /// <summary>Left edges of the panels on a side, from the trim's left edge.</summary>
    public static IReadOnlyList<double> Edges(IReadOnlyList<double> widths)
    {
        var x = 0.0;
        var edges = new List<double>();
        foreach (var w in widths)
        {
            edges.Add(x);
            x += w;
        }

        return edges;
    }

    /// <summary>Fold positions on a side (the inner panel edges).</summary>
    public static IReadOnlyList<double> Folds(IReadOnlyList<double> widths) => [.. Edges(widths).Skip(1)];
}
