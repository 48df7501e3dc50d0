namespace NkHandouts.Layout;

/// <summary>Marks its child as page furniture (header, footer, decoration) that screen readers skip.</summary>
internal sealed class Artifact(Element child) : Element
{
    public override SpaceRequest Measure(Slot slot) => IsComplete ? SpaceRequest.Full(0, 0) : child.Measure(slot);

    public override void Draw(DrawContext context, Slot slot)
    {
        context.Surface.BeginArtifact();
        child.Draw(context, slot);
        context.Surface.EndArtifact();
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }
}
