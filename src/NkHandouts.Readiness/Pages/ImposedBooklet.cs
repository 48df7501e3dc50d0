using UglyToad.PdfPig;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// A booklet's imposed print file: its reading pages two-up on landscape press sheets in saddle-stitch order (sheet 1
/// front = last|1, back = 2|last−1, …), padded with blank pages inside the back cover. The page check judges the
/// reading pages, not the sheets — a patient reads pages, and a sheet of two half-empty pages says nothing about
/// either — so each sheet is cut at the spine and its halves are put back in reading order. Worked out here from
/// the imposition rule itself, not taken from the code that imposed the file.
/// </summary>
public static class ImposedBooklet
{
    /// <summary>What NkHandouts appends to an imposed file's title (Pdf's BookletImposer).</summary>
    public const string TitleSuffix = " (booklet imposition)";

    /// <summary>True for an NkHandouts imposed booklet: the title says so and every sheet is landscape.</summary>
    public static bool Is(PdfDocument document) =>
        (document.Information.Title ?? "").EndsWith(TitleSuffix, StringComparison.Ordinal)
        && document.NumberOfPages > 0
        && Enumerable.Range(1, document.NumberOfPages).All(n => UnreadablePdf.Page(document, n) is var p && p.Width > p.Height);

    /// <summary>For reading page p (1-based, padded count = two per sheet side), the sheet side (1-based PDF page)
    /// and whether it stands on the right half.</summary>
    public static IReadOnlyList<(int Side, bool Right)> ReadingOrder(int sides)
    {
        var padded = sides * 2;
        var place = new (int, bool)[padded + 1];
        for (var s = 0; s < padded / 4; s++)
        {
            place[padded - 2 * s] = (2 * s + 1, false);
            place[1 + 2 * s] = (2 * s + 1, true);
            place[2 + 2 * s] = (2 * s + 2, false);
            place[padded - 1 - 2 * s] = (2 * s + 2, true);
        }

        return place[1..];
    }

    /// <summary>One half of a sheet as a page of its own: what lies left (or right) of the spine, moved so that
    /// every reading page has the same coordinates (a right-hand half shifted left by half the sheet).</summary>
    public static PageContent Half(PageContent sheet, bool right, int number)
    {
        var mid = (sheet.Trim.Left + sheet.Trim.Right) / 2;
        var dx = right ? -(mid - sheet.Trim.Left) : 0;
        bool On(double x) => right ? x >= mid : x < mid;
        Box Move(Box b) => new(b.Left + dx, b.Bottom, b.Right + dx, b.Top);
        Box Cut(Box b) => right ? b with { Left = Math.Max(b.Left, mid) } : b with { Right = Math.Min(b.Right, mid) };
        var glyphs = sheet.Glyphs.Where(g => On(g.CentreX))
            .Select(g => g with { Bounds = Move(g.Bounds), StartX = g.StartX + dx, EndX = g.EndX + dx }).ToList();
        var fills = sheet.Fills.Where(f => On((f.Bounds.Left + f.Bounds.Right) / 2) || f.Bounds.Intersects(Cut(f.Bounds)) && Cut(f.Bounds).Width > 0)
            .Select(f => f with { Bounds = Move(Cut(f.Bounds)) }).Where(f => f.Bounds.Width > 0).ToList();
        var ink = sheet.OtherInk.Select(Cut).Where(b => b.Width > 0 || b.Height > 0).Select(Move).ToList();
        var trim = Move(right ? sheet.Trim with { Left = mid } : sheet.Trim with { Right = mid });
        return new PageContent(number, trim, glyphs, fills, ink);
    }

    /// <summary>True for a half with nothing printed on it (a blank page padding the booklet).</summary>
    public static bool IsBlank(PageContent half) => half.Glyphs.Count == 0 && half.Fills.Count == 0 && half.OtherInk.Count == 0;
}
