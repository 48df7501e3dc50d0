using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Print;

/// <summary>
/// Printer's marks in the slug, outside the bleed so trimming never leaves them on the sheet: crop marks on the
/// lines of the trim edges at each corner, and dashed fold marks above and below each fold.
/// </summary>
public static class PrintMarks
{
    /// <summary>0.5 pt: visible after trimming tolerance, well above the 0.25 pt hairline printers reject.</summary>
    public const double LineWidth = 0.5;

    /// <summary>Gap between the bleed edge and where a mark starts.</summary>
    public static readonly double Offset = 1 / 25.4 * 72;

    /// <summary>Registration-style black; the file is RGB so this is plain black.</summary>
    public static readonly Rgb Colour = Rgb.Black;

    public static void DrawCropMarks(IDrawingSurface s, PageGeometry g)
    {
        var t = g.Trim;
        var b = g.Bleed;
        var m = g.Media;
        if (b.X - Offset <= m.X)
        {
            return; // no slug to draw in
        }

        foreach (var x in new[] { t.X, t.Right })
        {
            s.StrokeLine(x, m.Y, x, b.Y - Offset, Colour, LineWidth);
            s.StrokeLine(x, b.Bottom + Offset, x, m.Bottom, Colour, LineWidth);
        }

        foreach (var y in new[] { t.Y, t.Bottom })
        {
            s.StrokeLine(m.X, y, b.X - Offset, y, Colour, LineWidth);
            s.StrokeLine(b.Right + Offset, y, m.Right, y, Colour, LineWidth);
        }
    }

    /// <summary>Fold marks at <paramref name="folds"/> (points from the trim's left edge): three dashes above the
    /// bleed and three below, so they read differently from crop marks.</summary>
    public static void DrawFoldMarks(IDrawingSurface s, PageGeometry g, IEnumerable<double> folds)
    {
        var top = (From: g.Media.Y, To: g.Bleed.Y - Offset);
        var bottom = (From: g.Bleed.Bottom + Offset, To: g.Media.Bottom);
        if (top.To <= top.From)
        {
            return;
        }

        foreach (var fold in folds)
        {
            var x = g.Trim.X + fold;
            Dashes(s, x, top.From, top.To);
            Dashes(s, x, bottom.From, bottom.To);
        }
    }

    private static void Dashes(IDrawingSurface s, double x, double from, double to)
    {
        var step = (to - from) / 5;
        for (var i = 0; i < 5; i += 2)
        {
            s.StrokeLine(x, from + i * step, x, from + (i + 1) * step, Colour, LineWidth);
        }
    }
}
