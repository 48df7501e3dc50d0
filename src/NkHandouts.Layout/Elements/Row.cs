namespace NkHandouts.Layout;

/// <summary>A column width in a row: fixed in points, or a share of what the fixed ones leave.</summary>
public readonly record struct RowWidth(double Value, bool IsFixed)
{
    public static RowWidth Fixed(double points) => new(points, true);

    public static RowWidth Relative(double weight = 1) => new(weight, false);
}

/// <summary>Children side by side. The row breaks across pages when any child does; it wraps when any child wraps.</summary>
internal sealed class Row(IReadOnlyList<(RowWidth Width, Element Child)> items, double spacing) : Element
{
    internal override string? Describe()
    {
        var parts = items.Select(i => i.Child.Describe()).OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    /// <summary>A row goes on whole or not at all: its own source before any cell's.</summary>
    internal override (int Line, int Column)? SourceOfNext() => Source ?? items.Select(i => i.Child.SourceOfNext()).FirstOrDefault(s => s is not null);

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        double height = 0;
        var partial = false;
        foreach (var (child, s) in Cells(slot))
        {
            var r = child.Measure(s);
            if (r.Kind == SpaceKind.Wrap)
            {
                return SpaceRequest.Wrap;
            }

            partial |= r.Kind == SpaceKind.Partial;
            height = Math.Max(height, r.Height);
        }

        return partial ? SpaceRequest.Partial(slot.Width, height) : SpaceRequest.Full(slot.Width, height);
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (Measure(slot).Kind == SpaceKind.Wrap)
        {
            return;
        }

        foreach (var (child, s) in Cells(slot))
        {
            child.Draw(context, s);
        }

        IsComplete = items.All(i => i.Child.IsComplete);
    }

    public override void Reset()
    {
        base.Reset();
        Reset(items.Select(i => i.Child));
    }

    /// <summary>Column widths: fixed ones first, the rest shared by weight.</summary>
    internal static double[] Widths(IReadOnlyList<RowWidth> widths, double total, double spacing)
    {
        var free = total - spacing * Math.Max(0, widths.Count - 1) - widths.Where(w => w.IsFixed).Sum(w => w.Value);
        var weights = widths.Where(w => !w.IsFixed).Sum(w => w.Value);
        return [.. widths.Select(w => w.IsFixed ? w.Value : weights > 0 ? Math.Max(0, free) * w.Value / weights : 0)];
    }

    private IEnumerable<(Element, Slot)> Cells(Slot slot)
    {
        var widths = Widths([.. items.Select(i => i.Width)], slot.Width, spacing);
        var x = slot.X;
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i].Child, slot with { X = x, Width = widths[i] });
            x += widths[i] + spacing;
        }
    }
}
