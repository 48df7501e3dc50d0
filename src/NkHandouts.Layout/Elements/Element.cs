namespace NkHandouts.Layout;

/// <summary>
/// A node of the layout tree. <see cref="Measure"/> answers how much of the element's remaining content fits in a
/// slot without changing anything; <see cref="Draw"/> draws exactly that much and remembers where it stopped, so
/// the next page continues from there. <see cref="Reset"/> rewinds for a second pass (page x of y needs the count).
/// </summary>
public abstract class Element
{
    /// <summary>True once everything has been drawn; a complete element measures as zero height.</summary>
    public bool IsComplete { get; protected set; }

    /// <summary>Keep on the same page as the next sibling in a column (headings).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Never starts a page after its previous sibling in a column (a box's short closing line, a list's last
    /// item): when it cannot start on this page, the sibling ends earlier, where its own rules allow, and its last
    /// part goes over with this one — or, when it cannot split, goes over whole.</summary>
    public bool KeepWithPrevious { get; set; }

    /// <summary>Where the source block this element draws starts (1-based line and column), so a page-end reason can
    /// point an author at it; null for what no block of the text made (furniture, spacers, the title block).</summary>
    public (int Line, int Column)? Source { get; set; }

    /// <summary>The element's first words, to name it in a page-end reason ("“Myth 1: …” keeps with …"); null for
    /// what has no text (spacers, rules, decoration).</summary>
    internal virtual string? Describe() => null;

    /// <summary>The <see cref="Source"/> of what this element would place next, from the innermost element that has
    /// one: the block an error is about when the element cannot go on (<see cref="TooTallException"/>: a paragraph deep
    /// in a list rather than the whole list).</summary>
    internal virtual (int Line, int Column)? SourceOfNext() => Source;

    public abstract SpaceRequest Measure(Slot slot);

    public abstract void Draw(DrawContext context, Slot slot);

    public virtual void Reset() => IsComplete = false;

    protected static void Reset(IEnumerable<Element> children)
    {
        foreach (var c in children)
        {
            c.Reset();
        }
    }
}
