namespace NkHandouts.Layout;

/// <summary>One side of a two-up sheet: the reading pages (1-based) printed left and right; null is a blank.</summary>
public readonly record struct SheetSide(int Sheet, bool Front, int? Left, int? Right);

/// <summary>
/// Page order for a saddle-stitched booklet: pages padded with blanks to a multiple of four, two a side, sheets
/// nested and folded in the middle. For eight pages: sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5.
/// </summary>
public static class SaddleStitch
{
    public static int PaddedCount(int pages) => pages <= 0 ? 0 : (pages + 3) / 4 * 4;

    public static IReadOnlyList<SheetSide> Order(int pages)
    {
        var n = PaddedCount(pages);
        int? Page(int p) => p <= pages ? p : null;
        var sides = new List<SheetSide>();
        for (var s = 0; s < n / 4; s++)
        {
            sides.Add(new SheetSide(s + 1, true, Page(n - 2 * s), Page(1 + 2 * s)));
            sides.Add(new SheetSide(s + 1, false, Page(2 + 2 * s), Page(n - 1 - 2 * s)));
        }

        return sides;
    }
}
