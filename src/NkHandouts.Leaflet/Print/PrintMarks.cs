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

    /// <summary>How marks look where there is no registration colour (previews, screen drawing).</summary>
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
            Stroke(s, x, m.Y, x, b.Y - Offset);
            Stroke(s, x, b.Bottom + Offset, x, m.Bottom);
        }

        foreach (var y in new[] { t.Y, t.Bottom })
        {
            Stroke(s, m.X, y, b.X - Offset, y);
            Stroke(s, b.Right + Offset, y, m.Right, y);
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
            Stroke(s, x, from + i * step, x, from + (i + 1) * step);
        }
    }

    /// <summary>In registration colour (every plate) where the surface has it, else in <see cref="Colour"/>.</summary>
    private static void Stroke(IDrawingSurface s, double x1, double y1, double x2, double y2)
    {
        if (s is IRegistrationSurface r)
        {
            r.StrokeRegistration(x1, y1, x2, y2, LineWidth);
        }
        else
        {
            s.StrokeLine(x1, y1, x2, y2, Colour, LineWidth);
        }
    }
}
