using NkHandouts.Templates;

namespace NkHandouts.Readiness.Pages;

/// <summary>A box in PDF points, origin bottom left.</summary>
public readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    public bool Intersects(Box o) => o.Left < Right && o.Right > Left && o.Bottom < Top && o.Top > Bottom;

    public Box Union(Box o) => new(Math.Min(Left, o.Left), Math.Min(Bottom, o.Bottom), Math.Max(Right, o.Right), Math.Max(Top, o.Top));
}

/// <summary>One printed character as a reader sees it: its ink box, where its advance starts and ends on the
/// baseline (word spaces are gaps between advances), how big, which colour, which face.</summary>
public sealed record Glyph(string Text, Box Bounds, double BaselineY, double Size, bool Bold, bool Italic, Colour Colour)
{
    public double StartX { get; init; } = Bounds.Left;
    public double EndX { get; init; } = Bounds.Right;

    public double CentreX => (Bounds.Left + Bounds.Right) / 2;
    public double CentreY => (Bounds.Bottom + Bounds.Top) / 2;
}

/// <summary>A filled area (box, band, panel background) in drawing order: later fills lie on top.</summary>
public sealed record Fill(Box Bounds, Colour Colour);

/// <summary>What a page shows inside its trim: glyphs in content order, fills, and other ink (rules, images, icons).</summary>
public sealed record PageContent(int Number, Box Trim, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Fill> Fills, IReadOnlyList<Box> OtherInk)
{
    /// <summary>The colour under a point: the topmost fill there, else the paper (white).</summary>
    public Colour BackgroundAt(double x, double y)
    {
        for (var i = Fills.Count - 1; i >= 0; i--)
        {
            if (Fills[i].Bounds.Contains(x, y))
            {
                return Fills[i].Colour;
            }
        }

        return Colour.White;
    }
}
