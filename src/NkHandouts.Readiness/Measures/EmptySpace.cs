using NkHandouts.Readiness.Pages;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Measures;

/// <summary>
/// How much of a page's text area is left blank, as a reader sees it: a block that ends early, an empty panel. The
/// text area is where text stands anywhere in the document (margins are never "empty"); its columns are the bands
/// that text occupies on some page (a tri-fold's panels; the gutters between them are left out). Each column is cut
/// into 5 mm rows, and a row is used when a glyph, a coloured fill, a rule or an image touches it. Rows are about a
/// line high, so the space between lines and paragraphs counts as used; ragged-right line ends do not count as empty.
/// </summary>
internal static class EmptySpace
{
    private const double Row = 14.17; // 5 mm: also the narrowest gutter that separates columns

    public sealed record Area(Box Bounds, IReadOnlyList<(double Left, double Right)> Columns);

    /// <summary>Horizontal spans merged into columns: sorted by left edge, a span joins the column before it when the
    /// gap is narrower than a row. Merging already merged columns with more spans gives the same columns, so the text
    /// area can be gathered page by page.</summary>
    public static List<(double Left, double Right)> Columns(IEnumerable<(double Left, double Right)> spans)
    {
        var columns = new List<(double Left, double Right)>();
        foreach (var (left, right) in spans.OrderBy(s => s.Left))
        {
            if (columns.Count > 0 && left - columns[^1].Right < Row)
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, right));
            }
            else
            {
                columns.Add((left, right));
            }
        }

        return columns;
    }

    public static double Percent(PageContent page, Area area)
    {
        var rows = Math.Max(1, (int)Math.Ceiling(area.Bounds.Height / Row));
        var ink = page.Glyphs.Select(g => g.Bounds)
            .Concat(page.Fills.Where(f => f.Colour != Colour.White && f.Bounds.Area < area.Bounds.Area * 0.8).Select(f => f.Bounds))
            .Concat(page.OtherInk)
            .ToList();
        double empty = 0, total = 0;
        foreach (var (left, right) in area.Columns)
        {
            var used = new bool[rows];
            foreach (var box in ink.Where(b => b.Left < right && b.Right > left))
            {
                var r0 = Math.Max(0, (int)Math.Floor((box.Bottom - area.Bounds.Bottom) / Row));
                var r1 = Math.Min(rows - 1, (int)Math.Floor((box.Top - area.Bounds.Bottom) / Row));
                for (var r = r0; r <= r1; r++)
                {
                    used[r] = true;
                }
            }

            var width = right - left;
            empty += width * used.Count(u => !u);
            total += width * rows;
        }

        return total == 0 ? 100 : Math.Round(100.0 * empty / total, 1);
    }
}
