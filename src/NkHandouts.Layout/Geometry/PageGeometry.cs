namespace NkHandouts.Layout;

/// <summary>
/// The boxes of one page, in points from the media box's top-left: MediaBox ⊇ BleedBox ⊇ TrimBox ⊇ Content.
/// Screen output has no bleed (all three boxes equal); print output grows the media by bleed and a slug for crop
/// marks. Elements that "bleed" (a brand band touching the trim edge) paint out to <see cref="Bleed"/>.
/// </summary>
public sealed record PageGeometry
{
    public PageGeometry(double trimWidth, double trimHeight, double marginTop, double marginRight, double marginBottom, double marginLeft, double bleed = 0, double slug = 0)
    {
        if (trimWidth <= 0 || trimHeight <= 0 || bleed < 0 || slug < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trimWidth), "page sizes must be positive");
        }

        var edge = bleed + slug;
        Media = new Rect(0, 0, trimWidth + 2 * edge, trimHeight + 2 * edge);
        Trim = new Rect(edge, edge, trimWidth, trimHeight);
        Bleed = Trim.Inflate(bleed, bleed, bleed, bleed);
        Content = new Rect(Trim.X + marginLeft, Trim.Y + marginTop, trimWidth - marginLeft - marginRight, trimHeight - marginTop - marginBottom);
        if (Content.Width <= 0 || Content.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(marginTop), "margins leave no room for content");
        }
    }

    public Rect Media { get; }
    public Rect Bleed { get; }
    public Rect Trim { get; }
    public Rect Content { get; }

    /// <summary>How far the bleed box extends past the trim box on every side.</summary>
    public double BleedWidth => Trim.X - Bleed.X;
}
