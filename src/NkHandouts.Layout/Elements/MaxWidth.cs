namespace NkHandouts.Layout;

/// <summary>Limits its child's width (e.g. the measure of body text) and aligns it left.</summary>
internal sealed class MaxWidth(Element child, double width) : Element
{
    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot) => IsComplete ? SpaceRequest.Full(0, 0) : child.Measure(Narrow(slot));

    public override void Draw(DrawContext context, Slot slot)
    {
        child.Draw(context, Narrow(slot));
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }

    private Slot Narrow(Slot s) => s with { Width = Math.Min(s.Width, width) };
}
