namespace NkHandouts.Layout;

/// <summary>Moves its child to the next page rather than split it (unless it is at a page top and still too tall).</summary>
internal sealed class KeepTogether(Element child) : Element
{
    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var r = child.Measure(slot);
        return r.Kind == SpaceKind.Partial && !slot.AtPageTop ? SpaceRequest.Wrap : r;
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (Measure(slot).Kind == SpaceKind.Wrap)
        {
            return;
        }

        child.Draw(context, slot);
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }
}
