namespace NkHandouts.Layout;

/// <summary>How a box is painted. <see cref="Outset"/> grows the background past the box (a band running into the
/// bleed); <see cref="LeftRule"/> draws a bar down the left edge instead of a full border.</summary>
public sealed record BoxStyle
{
    public Rgb? Background { get; init; }
    public Rgb? Border { get; init; }
    public double BorderWidth { get; init; } = 1;
    public double LeftRule { get; init; }
    public (double Top, double Right, double Bottom, double Left) Outset { get; init; }
}

/// <summary>A child on a painted background/border. The paint is an artifact: it carries no meaning of its own.</summary>
internal sealed class Box(Element child, BoxStyle style) : Element
{
    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var r = child.Measure(slot);
        return r.Kind == SpaceKind.Wrap ? r : r with { Width = slot.Width };
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        var r = Measure(slot);
        if (r.Kind == SpaceKind.Wrap)
        {
            return;
        }

        var o = style.Outset;
        var area = new Rect(slot.X, slot.Y, slot.Width, r.Height).Inflate(o.Top, o.Right, o.Bottom, o.Left);
        var s = context.Surface;
        s.BeginArtifact();
        if (style.Background is { } bg)
        {
            s.FillRect(area, bg);
        }

        if (style.LeftRule > 0 && style.Border is { } rule)
        {
            s.FillRect(area with { Width = style.LeftRule }, rule);
        }
        else if (style.Border is { } border && style.BorderWidth > 0)
        {
            var h = style.BorderWidth / 2;
            s.DrawPath(new PathGeometry().Rectangle(area.X + h, area.Y + h, area.Width - 2 * h, area.Height - 2 * h), new PathPaint(null, border, style.BorderWidth));
        }

        s.EndArtifact();
        child.Draw(context, slot);
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }
}
