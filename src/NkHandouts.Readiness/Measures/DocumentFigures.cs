using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>
/// The figures a page is judged against that belong to the whole document: its body size (the size most letters
/// are set in) and its text area (<see cref="EmptySpace"/>). Accumulated one page at a time, so a long document
/// never has every page's glyphs in memory; the result is the same as computing them over all glyphs at once
/// (counts add up, boxes union, and merging columns is the same whether glyph spans come page by page or together).
/// </summary>
internal sealed class DocumentFigures
{
    private readonly Dictionary<double, int> sizes = [];
    private readonly List<(double Left, double Right)> spans = [];
    private Box? bounds;

    /// <summary>Pages seen (the second pass knows which page is the last).</summary>
    public int Pages { get; private set; }

    public void Add(PageContent page)
    {
        Pages++;
        foreach (var g in page.Glyphs)
        {
            var key = Math.Round(g.Size, 1);
            sizes[key] = sizes.GetValueOrDefault(key) + 1;
            bounds = bounds is { } b ? b.Union(g.Bounds) : g.Bounds;
            spans.Add((g.Bounds.Left, g.Bounds.Right));
        }

        // Merge as we go, so what is kept is a few columns, not a span per glyph of the document.
        if (spans.Count > 4096)
        {
            var merged = EmptySpace.Columns(spans);
            spans.Clear();
            spans.AddRange(merged);
        }
    }

    /// <summary>As <see cref="TypeSizes.Body"/> over every glyph: the most frequent size, the smaller on a tie.</summary>
    public double? Body => sizes.Count == 0 ? null
        : sizes.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => (double?)s.Key).First();

    /// <summary>The text area over every page: the union of all glyph boxes, and the columns their spans form.</summary>
    public EmptySpace.Area? Area => bounds is { } b ? new EmptySpace.Area(b, EmptySpace.Columns(spans)) : null;
}
