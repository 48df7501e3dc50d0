namespace NkHandouts.Layout;

/// <summary>
/// Children stacked top to bottom with spacing between them (none at a page top, none around a child that takes no
/// room). A child that only partly fits ends the page and continues on the next. The page never ends between a child
/// marked <see cref="Element.KeepWithNext"/> and its successor, nor before a child marked
/// <see cref="Element.KeepWithPrevious"/>: the break moves back to the latest place the rules allow (see
/// <see cref="Plan"/>) — so a heading never ends a page, a myth never ends one without its fact, and a list's last
/// item never starts one alone.
/// </summary>
internal sealed class Column(IReadOnlyList<Element> children, double spacing) : Element
{
    private int current;

    public IReadOnlyList<Element> Children => children;

    private enum EndKind { None, Continues, DoesNotFit, EndsEarly, KeptWithNext, RulesGiveWay }

    /// <summary>Why the last plan ended the page where it did: which rule, at which child, and the child that did not
    /// start. Worded only when drawn (<see cref="DrawContext.PageEndReason"/>); plans are measured far more often.</summary>
    private (EndKind Kind, int At, int Wrapped) end;

    internal override string? Describe() => FirstWords(current, children.Count - 1);

    /// <summary>The first child not yet complete is the one that goes next.</summary>
    internal override (int Line, int Column)? SourceOfNext() =>
        children.Skip(current).FirstOrDefault(c => !c.IsComplete)?.SourceOfNext() ?? Source;

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

        var plan = Plan(slot);
        var ended = end;

        // The outermost column that decides where the page ends names the reason; a child that merely continues on
        // the next page lets the columns inside it say why it ends where it does.
        if (ended.Kind is not EndKind.None and not EndKind.Continues)
        {
            Explain(context, ended);
        }

        foreach (var p in plan)
        {
            var child = children[p.Index];
            child.Draw(context, p.Limit is { } limit ? p.Slot with { Height = limit } : p.Slot);
            current = child.IsComplete ? p.Index + 1 : p.Index;
        }

        // Children that are empty (already complete) are skipped.
        while (current < children.Count && children[current].IsComplete)
        {
            current++;
        }

        IsComplete = current >= children.Count;
        if (ended.Kind == EndKind.Continues)
        {
            Explain(context, ended);
        }
    }

    /// <summary>Says why the page ends here and which block goes over to the next page (the first with a source:
    /// a heading's spacer is found by its heading), unless a column outside this one already said.</summary>
    private void Explain(DrawContext context, (EndKind Kind, int At, int Wrapped) e)
    {
        if (context.PageEndReason is not null)
        {
            return;
        }

        context.PageEndReason = Reason(e);
        var (from, to) = e.Kind is EndKind.DoesNotFit or EndKind.RulesGiveWay ? (e.Wrapped, e.Wrapped) : (e.At, Math.Max(e.At, e.Wrapped));
        context.PageEndSource = null;
        for (var i = from; i <= to && i < children.Count; i++)
        {
            if (children[i].Source is { } source)
            {
                context.PageEndSource = source;
                break;
            }
        }
    }

    private string Reason((EndKind Kind, int At, int Wrapped) e) => e.Kind switch
    {
        EndKind.Continues => $"{Name(e.At, e.At)} continues on the next page",
        EndKind.DoesNotFit => $"{Name(e.Wrapped, e.Wrapped)} does not fit in the space left",
        EndKind.EndsEarly => $"{Name(e.At, e.At)} ends early: the page may not end before {Name(e.At + 1, e.Wrapped)}, and {Name(e.Wrapped, e.Wrapped)} does not fit",
        // A spacer kept with its heading has no words: then the heading is both what keeps and what does not fit.
        EndKind.KeptWithNext when FirstWords(e.At, e.Wrapped - 1) is null => $"{Name(e.Wrapped, e.Wrapped)} does not fit in the space left",
        EndKind.KeptWithNext => $"{Name(e.At, e.Wrapped)} keeps with what follows through {Name(e.Wrapped, e.Wrapped)}, which does not fit in the space left",
        EndKind.RulesGiveWay => $"no break is allowed before {Name(e.Wrapped, e.Wrapped)} and it cannot start a page of its own: the keeps give way",
        _ => "the page is full",
    };

    public override void Reset()
    {
        base.Reset();
        current = 0;
        Reset(children);
    }

    /// <param name="Limit">Height the child is given when it must end earlier than the space allows (a break moved
    /// back into it, see <see cref="Plan"/>); null for all the space left.</param>
    private readonly record struct Placement(int Index, double Y, SpaceRequest Request, bool AtTop, Slot Slot, double? Limit = null);

    /// <summary>
    /// What goes on this page. Children are placed greedily; when one does not fit whole, the page breaks after the
    /// last child placed or inside the one that fits only in part. A break between two children is legal unless the
    /// first keeps with next or the second keeps with previous (a heading, a myth before its fact, a list's first and
    /// last items); when the greedy break is not legal, the break moves back to the latest legal one: inside an earlier
    /// child (ended shorter, where its own rules allow) or between two earlier children. With none, the column does
    /// not start on this page (its parent moves it, with its own rules), except at a page top, where the rules give way
    /// — nothing better can come (CSS Fragmentation §4.4 relaxes its break rules the same way).
    /// </summary>
    private List<Placement> Plan(Slot slot)
    {
        var plan = new List<Placement>();
        end = (EndKind.None, -1, -1);
        double y = 0;
        var placed = false; // something with height is placed: spacing goes before the next child
        var wrapped = -1; // the child that did not start, if any
        for (var i = current; i < children.Count; i++)
        {
            var gap = placed ? spacing : 0;
            var atTop = slot.AtPageTop && !placed;
            var childSlot = slot with { Y = slot.Y + y + gap, Height = Math.Max(0, slot.Height - y - gap), AtPageTop = atTop };
            var r = children[i].Measure(childSlot);
            if (r.Kind == SpaceKind.Wrap || (r.Kind == SpaceKind.Partial && r.Height <= 0 && !atTop))
            {
                wrapped = i;
                break;
            }

            if (r.Kind == SpaceKind.Full && r.Height <= 0)
            {
                // Takes no room (a spacer at a page top, an empty paragraph): no spacing before or after it.
                plan.Add(new Placement(i, y, r, atTop, childSlot with { Y = slot.Y + y, Height = Math.Max(0, slot.Height - y) }));
                continue;
            }

            plan.Add(new Placement(i, y + gap, r, atTop, childSlot));
            y += gap + r.Height;
            placed = true;
            if (r.Kind == SpaceKind.Partial)
            {
                end = (EndKind.Continues, i, -1);
                return plan; // a break inside a child is the child's own (legal) choice
            }
        }

        if (wrapped < 0 || plan.Count == 0)
        {
            return plan; // all done, or nothing fits
        }

        if (MayBreakBefore(wrapped, plan, plan.Count))
        {
            end = (EndKind.DoesNotFit, wrapped, wrapped);
            return plan;
        }

        for (var j = plan.Count - 1; j >= 0; j--)
        {
            var p = plan[j];
            if (p.Request.Height > 0.5)
            {
                var limit = p.Request.Height - 0.5;
                var shorter = children[p.Index].Measure(p.Slot with { Height = limit });
                if (shorter.Kind == SpaceKind.Partial && shorter.Height > 0)
                {
                    end = (EndKind.EndsEarly, p.Index, wrapped);
                    return [.. plan.Take(j), p with { Request = shorter, Limit = limit }];
                }
            }

            if (MayBreakBefore(p.Index, plan, j))
            {
                end = (EndKind.KeptWithNext, p.Index, wrapped);
                return [.. plan.Take(j)];
            }
        }

        if (!slot.AtPageTop)
        {
            return []; // no legal break here: the parent moves this column to the next page
        }

        // At a page top no legal break exists: the rules give way. The child that did not start is offered the rest
        // of the page as if it stood at a page top (a keep-together splits, a paragraph drops its orphan rule) rather
        // than leave what keeps with it alone at this page's foot.
        var rest = slot with { Y = slot.Y + y + spacing, Height = Math.Max(0, slot.Height - y - spacing), AtPageTop = true };
        var forced = children[wrapped].Measure(rest);
        end = (EndKind.RulesGiveWay, wrapped, wrapped);
        if (forced.Kind != SpaceKind.Wrap && forced.Height > 0)
        {
            plan.Add(new Placement(wrapped, y + spacing, forced, true, rest));
        }

        return plan;
    }

    /// <summary>The first of children <paramref name="from"/>..<paramref name="to"/> that has words, quoted, to
    /// name a block in a page-end reason (a spacer before a heading is named by its heading).</summary>
    private string Name(int from, int to) => FirstWords(from, to) is { } d ? $"\u201C{d}\u201D" : "a block";

    private string? FirstWords(int from, int to)
    {
        for (var i = from; i <= to && i < children.Count; i++)
        {
            if (children[i].Describe() is { } d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Whether the page may end before child <paramref name="index"/>, with the first <paramref name="count"/>
    /// placements on it: something with height stays on the page, and neither neighbour keeps with the other.</summary>
    private bool MayBreakBefore(int index, List<Placement> plan, int count) =>
        plan.Take(count).Any(p => p.Request.Height > 0)
        && !children[index - 1].KeepWithNext && !children[index].KeepWithPrevious;
}
