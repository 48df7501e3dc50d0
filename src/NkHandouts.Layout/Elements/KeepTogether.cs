namespace NkHandouts.Layout;

/// <summary>
/// Moves its child to the next page rather than split it (unless it is at a page top and still too tall). A
/// <paramref name="yielding"/> keep (long boxes and lists) gives way when moving would leave more than
/// <see cref="MaxEmptyShare"/> of the page empty: the child then splits where its own rules allow (a list not between
/// its first two or last two items, a paragraph after two lines).
/// </summary>
internal sealed class KeepTogether(Element child, bool yielding = false) : Element
{
    /// <summary>Share of a page a keep-together may leave empty before it yields (a quarter page).</summary>
    public const double MaxEmptyShare = 0.25;

    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var r = child.Measure(slot);
        if (r.Kind != SpaceKind.Partial || slot.AtPageTop)
        {
            return r;
        }

        return yielding && slot.PageHeight > 0 && slot.Height > slot.PageHeight * MaxEmptyShare ? r : SpaceRequest.Wrap;
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (Measure(slot).Kind == SpaceKind.Wrap)
        {
            return;
        }

        child.Draw(context, slot);
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        child.Reset();
    }
}
