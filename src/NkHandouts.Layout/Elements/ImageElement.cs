namespace NkHandouts.Layout;

/// <summary>
/// A raster image scaled to the slot width (or less, to keep its height within a page), kept whole. Reports an
/// effective resolution under 300 dpi, the print minimum.
/// </summary>
internal sealed class ImageElement(ImageData image, string description, double? maxWidth = null) : Element
{
    public const double PrintDpi = 300;

    private (double W, double H) Size(Slot slot, double maxHeight)
    {
        var w = Math.Min(slot.Width, maxWidth ?? slot.Width);
        var h = w * image.PixelHeight / image.PixelWidth;
        if (h > maxHeight && maxHeight > 0)
        {
            (w, h) = (w * maxHeight / h, maxHeight);
        }

        return (w, h);
    }

    internal override string? Describe() => $"image {description}";

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var (w, h) = Size(slot, slot.AtPageTop ? slot.Height : double.MaxValue);
        return h <= slot.Height + 1e-6 ? SpaceRequest.Full(w, h) : SpaceRequest.Wrap;
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        var r = Measure(slot);
        if (r.Kind == SpaceKind.Wrap)
        {
            return;
        }

        var dpi = image.PixelWidth / (r.Width / 72.0);
        if (dpi < PrintDpi && !context.Report.LowResolutionImages.Any(i => i.Image == description))
        {
            context.Report.LowResolutionImages.Add((description, Math.Round(dpi)));
        }

        context.Surface.DrawImage(image, new Rect(slot.X, slot.Y, r.Width, r.Height));
        IsComplete = true;
    }
}
