namespace NkHandouts.Layout;

/// <summary>A rectangle in points, origin at the top-left of the media box, y growing downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public Rect Inflate(double top, double right, double bottom, double left) =>
        new(X - left, Y - top, Width + left + right, Height + top + bottom);
}
