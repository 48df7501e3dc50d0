namespace NkHandouts.Layout;

/// <summary>A vector path in page points: figures of lines and cubic Béziers (SVG logos, QR codes, rules).</summary>
public sealed class PathGeometry
{
    private readonly List<PathCommand> commands = [];

    public IReadOnlyList<PathCommand> Commands => commands;

    public PathGeometry MoveTo(double x, double y) => Add(new PathCommand(PathVerb.Move, x, y));

    public PathGeometry LineTo(double x, double y) => Add(new PathCommand(PathVerb.Line, x, y));

    public PathGeometry CubicTo(double x1, double y1, double x2, double y2, double x, double y) =>
        Add(new PathCommand(PathVerb.Cubic, x, y, x1, y1, x2, y2));

    public PathGeometry Close() => Add(new PathCommand(PathVerb.Close, 0, 0));

    public PathGeometry Rectangle(double x, double y, double w, double h) =>
        MoveTo(x, y).LineTo(x + w, y).LineTo(x + w, y + h).LineTo(x, y + h).Close();

    /// <summary>A copy scaled then moved: (x·scale + dx, y·scale + dy).</summary>
    public PathGeometry Transform(double scale, double dx, double dy)
    {
        var p = new PathGeometry();
        foreach (var c in commands)
        {
            p.commands.Add(c with
            {
                X = c.X * scale + dx,
                Y = c.Y * scale + dy,
                X1 = c.X1 * scale + dx,
                Y1 = c.Y1 * scale + dy,
                X2 = c.X2 * scale + dx,
                Y2 = c.Y2 * scale + dy,
            });
        }

        return p;
    }

    private PathGeometry Add(PathCommand c)
    {
        commands.Add(c);
        return this;
    }
}

public enum PathVerb
{
    Move,
    Line,
    Cubic,
    Close,
}

/// <summary>One path step; (X1,Y1) and (X2,Y2) are the control points of a cubic.</summary>
public readonly record struct PathCommand(PathVerb Verb, double X, double Y, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0);

public enum LineCap
{
    Butt,
    Round,
    Square,
}

/// <summary>How a path is painted: a fill, a stroke, or both.</summary>
public sealed record PathPaint(Rgb? Fill, Rgb? Stroke = null, double StrokeWidth = 1, LineCap Cap = LineCap.Butt, bool EvenOdd = false);
