namespace NkHandouts.Layout;

/// <summary>Vector artwork in its own coordinate space (an SVG viewBox, a QR module grid), drawn scaled to fit.</summary>
public sealed record VectorImage(double Width, double Height, IReadOnlyList<(PathGeometry Path, PathPaint Paint)> Shapes)
{
    /// <summary>A QR code (or any module matrix) as one path of filled squares, horizontal runs merged.</summary>
    public static VectorImage FromModules(bool[,] modules, Rgb colour, int quietZone = 0)
    {
        var rows = modules.GetLength(0);
        var cols = modules.GetLength(1);
        var path = new PathGeometry();
        for (var y = 0; y < rows; y++)
        {
            var x = 0;
            while (x < cols)
            {
                if (!modules[y, x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < cols && modules[y, x])
                {
                    x++;
                }

                path.Rectangle(start + quietZone, y + quietZone, x - start, 1);
            }
        }

        return new VectorImage(cols + 2 * quietZone, rows + 2 * quietZone, [(path, new PathPaint(colour))]);
    }
}
