namespace NkHandouts.Layout;

/// <summary>Space around a child, on every page the child appears on.</summary>
internal sealed class Padding(Element child, double top, double right, double bottom, double left) : Element
{
    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var inner = Inner(slot);
        if (inner.Width <= 0 || inner.Height < 0)
        {
            return SpaceRequest.Wrap;
        }

        var r = child.Measure(inner);
        return r.Kind == SpaceKind.Wrap ? r : r with { Width = r.Width + left + right, Height = r.Height + top + bottom };
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        child.Draw(context, Inner(slot));
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }

    private Slot Inner(Slot s) => s with { X = s.X + left, Y = s.Y + top, Width = s.Width - left - right, Height = s.Height - top - bottom };
}
