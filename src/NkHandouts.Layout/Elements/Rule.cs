namespace NkHandouts.Layout;

/// <summary>A horizontal rule across the slot (decoration: drawn as an artifact), with space below it.</summary>
internal sealed class Rule(double thickness, Rgb colour, double spaceAfter) : Element
{
    public override SpaceRequest Measure(Slot slot) =>
        IsComplete ? SpaceRequest.Full(0, 0) : thickness + spaceAfter <= slot.Height + 1e-6 ? SpaceRequest.Full(slot.Width, thickness + spaceAfter) : SpaceRequest.Wrap;

    public override void Draw(DrawContext context, Slot slot)
    {
        if (Measure(slot).Kind == SpaceKind.Wrap)
        {
            return;
        }

        context.Surface.BeginArtifact();
        context.Surface.FillRect(new Rect(slot.X, slot.Y, slot.Width, thickness), colour);
        context.Surface.EndArtifact();
        IsComplete = true;
    }
}
