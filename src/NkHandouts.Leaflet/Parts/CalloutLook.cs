using NkHandouts.Content;
using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// How a callout box shows what it is, in ways that survive a black-and-white photocopy and colour-vision
/// deficiency: the label in words, an icon of its own shape (a cross for a myth, a tick for a fact), and — on top
/// of those — a label colour and a rule colour of its own. Label inks pass 4.5:1 on their tints and on white.
/// </summary>
internal sealed record CalloutLook(Rgb Background, Rgb Ink, Rgb Rule, VectorImage? Icon)
{
    public static CalloutLook For(CalloutKind kind, LeafletTheme theme)
    {
        var c = theme.Colours;
        return kind switch
        {
            CalloutKind.Myth => new(LeafletTheme.Rgb(c.MythBackground), LeafletTheme.Rgb(c.Myth), LeafletTheme.Rgb(c.Myth), CalloutIcons.Cross(LeafletTheme.Rgb(c.Myth))),
            CalloutKind.Fact => new(LeafletTheme.Rgb(c.FactBackground), LeafletTheme.Rgb(c.Accent), LeafletTheme.Rgb(c.Accent), CalloutIcons.Tick(LeafletTheme.Rgb(c.Accent))),
            _ => new(LeafletTheme.Rgb(c.BoxBackground), theme.Body.Colour, LeafletTheme.Rule(c.BoxBackground), null),
        };
    }
}

/// <summary>The callout icons: a disc in the label's ink with a white cross (myth) or tick (fact), drawn as vectors.</summary>
internal static class CalloutIcons
{
    private const double Size = 24;
    private static readonly Rgb White = new(0xFF, 0xFF, 0xFF);

    // The cross is two paths, one stroke each: the PDF writer joins the open figures of one path into a polyline.
    public static VectorImage Cross(Rgb ink) => Icon(ink, new PathGeometry().MoveTo(8, 8).LineTo(16, 16), new PathGeometry().MoveTo(16, 8).LineTo(8, 16));

    public static VectorImage Tick(Rgb ink) => Icon(ink, new PathGeometry().MoveTo(6.5, 12.5).LineTo(10.5, 16.5).LineTo(17.5, 8));

    private static VectorImage Icon(Rgb ink, params PathGeometry[] marks) =>
        new(Size, Size, [(Disc(12, 12, 11.5), new PathPaint(ink)), .. marks.Select(m => (m, new PathPaint(null, White, 2.8, LineCap.Round)))]);

    /// <summary>A circle from four cubic Béziers (κ = 0.5523).</summary>
    private static PathGeometry Disc(double cx, double cy, double r)
    {
        var k = r * 0.5523;
        return new PathGeometry().MoveTo(cx + r, cy)
            .CubicTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .CubicTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .CubicTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .CubicTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .Close();
    }
}
