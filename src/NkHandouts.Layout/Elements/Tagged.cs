namespace NkHandouts.Layout;

/// <summary>Puts its child's content in a structure element (P, H1, L, Figure…). Left open when the child breaks
/// across pages, so the surface continues the same element on the next page.</summary>
internal sealed class Tagged(StructureNode node, Element child) : Element
{
    public StructureNode Node => node;

    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot) => IsComplete ? SpaceRequest.Full(0, 0) : child.Measure(slot);

    public override void Draw(DrawContext context, Slot slot)
    {
        if (IsComplete)
        {
            return;
        }

        var r = child.Measure(slot);
        if (r.Kind == SpaceKind.Wrap)
        {
            return;
        }

        context.Surface.BeginStructure(node, new Rect(slot.X, slot.Y, r.Width, r.Height));
        child.Draw(context, slot);
        IsComplete = child.IsComplete;
        if (IsComplete)
        {
            context.Surface.EndStructure(node);
        }
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }
}
