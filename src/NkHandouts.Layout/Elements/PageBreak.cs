namespace NkHandouts.Layout;

/// <summary>Ends the page: content after it starts on a new one (no effect at the top of a page).</summary>
internal sealed class PageBreak : Element
{
    public override SpaceRequest Measure(Slot slot) =>
        IsComplete || slot.AtPageTop ? SpaceRequest.Full(0, 0) : SpaceRequest.Partial(0, slot.Height);

    public override void Draw(DrawContext context, Slot slot)
    {
        if (slot.AtPageTop)
        {
            IsComplete = true;
        }
    }
}
