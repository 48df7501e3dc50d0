namespace NkHandouts.Layout;

/// <summary>Adds an outline entry where its child first appears (headings).</summary>
internal sealed class Bookmark(int level, string title, Element child) : Element
{
    private bool added;

    internal override string? Describe() => child.Describe();

    internal override (int Line, int Column)? SourceOfNext() => child.SourceOfNext() ?? Source;

    public override SpaceRequest Measure(Slot slot) => IsComplete ? SpaceRequest.Full(0, 0) : child.Measure(slot);

    public override void Draw(DrawContext context, Slot slot)
    {
        if (!added && child.Measure(slot).Kind != SpaceKind.Wrap)
        {
            context.Surface.AddBookmark(level, title, slot.Y);
            added = true;
        }

        child.Draw(context, slot);
        IsComplete = child.IsComplete;
    }

    public override void Reset()
    {
        base.Reset();
        added = false;
        child.Reset();
    }
}
