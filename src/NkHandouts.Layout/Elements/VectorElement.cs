namespace NkHandouts.Layout;

/// <summary>Vector artwork drawn at a fixed width (height from its aspect ratio), kept whole on one page.</summary>
internal sealed class VectorElement(VectorImage image, double width) : Element
{
    private double Height => image.Width > 0 ? width * image.Height / image.Width : 0;

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        return Height <= slot.Height + 1e-6 ? SpaceRequest.Full(width, Height) : SpaceRequest.Wrap;
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (Measure(slot).Kind == SpaceKind.Wrap)
        {
            return;
        }

        var scale = width / image.Width;
        foreach (var (path, paint) in image.Shapes)
        {
            context.Surface.DrawPath(path.Transform(scale, slot.X, slot.Y), paint with { StrokeWidth = paint.StrokeWidth * scale });
        }

        IsComplete = true;
    }
}
