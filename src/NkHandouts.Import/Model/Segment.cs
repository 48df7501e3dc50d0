namespace NkHandouts.Import.Model;

public enum SegmentKind
{
    Text,
    Break,
    FootnoteReference,
}

/// <summary>
/// A stretch of inline content with one formatting: the common ground between Markdown inlines and Word runs.
/// Both sides flatten to segments, so "unchanged" means equal segment lists, however Word split its runs.
/// </summary>
public sealed record Segment(SegmentKind Kind, string Text, bool Strong = false, bool Emphasis = false, bool Code = false, string? Link = null, int Footnote = 0)
{
    public static Segment Break { get; } = new(SegmentKind.Break, "");

    public bool SameFormat(Segment other) =>
        Kind == other.Kind && Strong == other.Strong && Emphasis == other.Emphasis && Code == other.Code && Link == other.Link;
}
