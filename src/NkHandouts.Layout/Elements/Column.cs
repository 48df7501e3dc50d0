namespace NkHandouts.Layout;

/// <summary>
/// Children stacked top to bottom with spacing between them (none at a page top). A child that only partly fits
/// ends the page and continues on the next; a child marked <see cref="Element.KeepWithNext"/> moves to the next
/// page with its successor when the successor cannot start on this one — so a heading never ends a page; a child
/// before one marked <see cref="Element.KeepWithPrevious"/> ends early so that one never starts a page alone.
/// </summary>
internal sealed class Column(IReadOnlyList<Element> children, double spacing) : Element
{
    private int current;

    public IReadOnlyList<Element> Children => children;

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var plan = Plan(slot);
        if (plan.Count == 0)
        {
            return current >= children.Count ? SpaceRequest.Full(0, 0) : SpaceRequest.Wrap;
        }

        var last = plan[^1];
        var height = last.Y + last.Request.Height;
        var width = plan.Max(p => p.Request.Width);
        var done = last.Index == children.Count - 1 && last.Request.Kind == SpaceKind.Full;
        return done ? SpaceRequest.Full(width, height) : SpaceRequest.Partial(width, height);
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (IsComplete)
        {
            return;
        }

        foreach (var p in Plan(slot))
        {
            var child = children[p.Index];
            child.Draw(context, slot with { Y = slot.Y + p.Y, Height = p.Limit ?? Math.Max(0, slot.Height - p.Y), AtPageTop = p.AtTop });
            current = child.IsComplete ? p.Index + 1 : p.Index;
        }

        // Children that are empty (already complete) are skipped.
        while (current < children.Count && children[current].IsComplete)
        {
            current++;
        }

        IsComplete = current >= children.Count;
    }

    public override void Reset()
    {
        base.Reset();
        current = 0;
        Reset(children);
    }

    /// <param name="Limit">Height the child is given when it must end earlier than the space allows (see
    /// <see cref="Element.KeepWithPrevious"/>); null for all the space left.</param>
    private readonly record struct Placement(int Index, double Y, SpaceRequest Request, bool AtTop, double? Limit = null);

    private List<Placement> Plan(Slot slot)
    {
        var plan = new List<Placement>();
        double y = 0;
        var placed = false;
        for (var i = current; i < children.Count; i++)
        {
            var gap = placed ? spacing : 0;
            var atTop = slot.AtPageTop && !placed;
            var childSlot = slot with { Y = slot.Y + y + gap, Height = Math.Max(0, slot.Height - y - gap), AtPageTop = atTop };
            var r = children[i].Measure(childSlot);
            if (r.Kind == SpaceKind.Wrap)
            {
                break;
            }

            if (r.Kind == SpaceKind.Full && r.Height <= 0 && children[i].KeepWithNext == false)
            {
                plan.Add(new Placement(i, y, r, atTop));
                continue;
            }

            double? limit = null;
            if (r.Kind == SpaceKind.Full && !atTop && i + 1 < children.Count && children[i + 1].KeepWithPrevious
                && children[i + 1].Measure(childSlot.Below(r.Height + spacing)).Kind != SpaceKind.Full)
            {
                // The next child would start the next page alone: end this one a little earlier, if it can split.
                var shorter = children[i].Measure(childSlot with { Height = Math.Max(0, r.Height - 0.5) });
                if (shorter.Kind == SpaceKind.Partial && shorter.Height > 0)
                {
                    (r, limit) = (shorter, r.Height - 0.5);
                }
            }

            if (children[i].KeepWithNext && r.Kind == SpaceKind.Full && !atTop && i + 1 < children.Count)
            {
                if (!FollowersStart(i, childSlot.Below(r.Height + spacing)))
                {
                    break;
                }
            }

            plan.Add(new Placement(i, y + gap, r, atTop, limit));
            y += gap + r.Height;
            placed = true;
            if (r.Kind == SpaceKind.Partial)
            {
                break;
            }
        }

        return plan;
    }

    /// <summary>Whether what follows child <paramref name="i"/> can start in <paramref name="after"/>. Keep-with-next
    /// chains (spacer → heading → myth → fact) are followed to their end, so no link of a chain ends a page.</summary>
    private bool FollowersStart(int i, Slot after)
    {
        var next = children[i + 1];
        var r = next.Measure(after);
        if (r.Kind == SpaceKind.Wrap)
        {
            return false;
        }

        return !(next.KeepWithNext && r.Kind == SpaceKind.Full && i + 2 < children.Count)
            || FollowersStart(i + 1, after.Below(r.Height + spacing));
    }
}
