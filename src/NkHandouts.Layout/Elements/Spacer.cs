namespace NkHandouts.Layout;

/// <summary>Fixed vertical space; dropped at the top of a page, where it would only push content down.</summary>
internal sealed class Spacer(double height) : Element
{
    public override SpaceRequest Measure(Slot slot) =>
        IsComplete || slot.AtPageTop ? SpaceRequest.Full(0, 0) : SpaceRequest.Full(0, Math.Min(height, slot.Height));

    public override void Draw(DrawContext context, Slot slot) => IsComplete = true;
}
