using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>A block of an article. Every block remembers where it came from, for located messages.</summary>
public abstract record Block(SourceLocation Source);

public sealed record HeadingBlock(SourceLocation Source, int Level, IReadOnlyList<Inline> Inlines) : Block(Source)
{
    public string PlainText => InlineText.Of(Inlines);
}

public sealed record ParagraphBlock(SourceLocation Source, IReadOnlyList<Inline> Inlines) : Block(Source)
{
    public string PlainText => InlineText.Of(Inlines);
}

public sealed record ListBlock(SourceLocation Source, bool Ordered, int Start, IReadOnlyList<ListItemBlock> Items) : Block(Source);

/// <summary>A list item: its blocks (paragraphs, nested lists…).</summary>
public sealed record ListItemBlock(SourceLocation Source, IReadOnlyList<Block> Blocks) : Block(Source);

public sealed record QuoteBlock(SourceLocation Source, IReadOnlyList<Block> Blocks) : Block(Source);

/// <summary>A <c>::: kind</c> container, e.g. a myth, a fact or the key points.</summary>
public sealed record CalloutBlock(SourceLocation Source, CalloutKind Kind, string? Title, IReadOnlyList<Block> Blocks) : Block(Source);

public sealed record TableBlock(SourceLocation Source, IReadOnlyList<TableRow> Rows, IReadOnlyList<TableAlignment> Alignments) : Block(Source)
{
    public TableRow? Header => Rows.Count > 0 && Rows[0].IsHeader ? Rows[0] : null;
}

public sealed record TableRow(bool IsHeader, IReadOnlyList<TableCell> Cells);

public sealed record TableCell(IReadOnlyList<Inline> Inlines)
{
    public string PlainText => InlineText.Of(Inlines);
}

public enum TableAlignment
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>An image; <see cref="Path"/> is resolved against the article's folder and stays inside the project.</summary>
public sealed record ImageBlock(SourceLocation Source, string Path, string AltText, string? Title) : Block(Source);

public sealed record ThematicBreakBlock(SourceLocation Source) : Block(Source);

/// <summary>A footnote's text, numbered as its references are.</summary>
public sealed record FootnoteBlock(SourceLocation Source, int Number, IReadOnlyList<Block> Blocks) : Block(Source);
