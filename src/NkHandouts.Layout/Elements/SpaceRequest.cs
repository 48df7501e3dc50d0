namespace NkHandouts.Layout;

public enum SpaceKind
{
    /// <summary>Nothing fits here: move to a new page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything left fits.</summary>
    Full,
}

/// <summary>An element's answer to "how much of you fits in this space?".</summary>
public readonly record struct SpaceRequest(SpaceKind Kind, double Width, double Height)
{
    public static readonly SpaceRequest Wrap = new(SpaceKind.Wrap, 0, 0);

    public static SpaceRequest Partial(double width, double height) => new(SpaceKind.Partial, width, height);

    public static SpaceRequest Full(double width, double height) => new(SpaceKind.Full, width, height);
}

/// <summary>
/// Space offered to an element: a rectangle on the page and whether it starts at the top of a page's body — there an
/// element must accept a break it would otherwise refuse (keep-together, widows), or it would never be placed.
/// </summary>
public readonly record struct Slot(double X, double Y, double Width, double Height, bool AtPageTop)
{
    /// <summary>Height of the page body (or frame) the slot is part of; 0 when unknown. Lets a keep-together rule
    /// see how much of a page it would leave empty.</summary>
    public double PageHeight { get; init; }

    public Slot Below(double used) => this with { Y = Y + used, Height = Math.Max(0, Height - used), AtPageTop = AtPageTop && used <= 0 };
}
