using NkHandouts.Content;
using NkHandouts.Content.Identity;

namespace NkHandouts.Import.Model;

/// <summary>What a paragraph (or table row) is, on either side of the round trip.</summary>
public enum LeafKind
{
    Paragraph,
    Heading,
    ListItem,
    ListContinuation,
    Quote,
    TableRow,
    Image,
    ThematicBreak,
}

/// <summary>
/// The unit of matching: one paragraph or table row. Source leaves come from the article, Word leaves from the
/// document; the matcher pairs them, and each pair, lone source leaf or lone Word leaf becomes an edit (or none).
/// </summary>
public abstract class Leaf
{
    public required LeafKind Kind { get; init; }

    /// <summary>Heading level (Markdown levels on the source side, Word levels on the Word side) or list depth (0-based).</summary>
    public int Level { get; init; }

    public bool Ordered { get; init; }

    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>Table rows: the cells' content.</summary>
    public IReadOnlyList<IReadOnlyList<Segment>> Cells { get; init; } = [];

    public bool HeaderRow { get; init; }

    /// <summary>"body", or "fn3" for the text of footnote 3.</summary>
    public string Part { get; init; } = "body";

    /// <summary>The text that decides "unchanged": segments or cells in their normal form.</summary>
    public string Signature => _signature ??= Kind == LeafKind.TableRow
        ? string.Join("\u241E", Cells.Select(c => string.Join("\u241F", c)))
        : string.Join("\u241F", Segments) + "|" + Kind + (Kind == LeafKind.ListItem ? "|" + Level : "");

    /// <summary>Plain words, for similarity.</summary>
    public string Text => _text ??= Kind == LeafKind.TableRow
        ? string.Join(" | ", Cells.Select(Model.Segments.PlainText))
        : Model.Segments.PlainText(Segments);

    private string? _signature;
    private string? _text;
}

/// <summary>A leaf of the article, with where its Markdown is and what contains it.</summary>
public sealed class SourceLeaf : Leaf
{
    public required Block Block { get; init; }

    /// <summary>The key the briefing's content control around this leaf carries.</summary>
    public required BlockKey Key { get; init; }

    /// <summary>[start, end) of the leaf's own Markdown (a paragraph's text, a heading line, a table row line).</summary>
    public required (int Start, int End) Span { get; init; }

    /// <summary>Containers from the outermost: lists, list items, quotes, callouts, footnotes.</summary>
    public required IReadOnlyList<Block> Ancestors { get; init; }

    /// <summary>The top-level block (or footnote) the leaf is in.</summary>
    public Block Outermost => Ancestors.Count > 0 ? Ancestors[0] : Block;

    public CalloutBlock? Callout => Ancestors.OfType<CalloutBlock>().LastOrDefault();

    public int Row { get; init; } = -1;

    /// <summary>The Word heading level the briefing gave this heading.</summary>
    public int WordLevel { get; init; }

    /// <summary>A heading the briefing wrote as bold text (inside a box or a list).</summary>
    public bool HeadingAsBold { get; init; }

    public int Index { get; set; }
}

/// <summary>A paragraph or table row of the Word document.</summary>
public sealed class WordLeaf : Leaf
{
    /// <summary>Keys of the content controls around it, innermost last.</summary>
    public IReadOnlyList<BlockKey> Keys { get; init; } = [];

    /// <summary>Callout box number in its part (0-based), or -1.</summary>
    public int Callout { get; init; } = -1;

    public CalloutKind? CalloutKind { get; init; }

    /// <summary>The callout's label text as shown ("Myth", "The reality").</summary>
    public string? CalloutLabel { get; init; }

    /// <summary>Data table number in its part, or -1.</summary>
    public int Table { get; init; } = -1;

    /// <summary>1-based number of the paragraph in its part, for messages ("paragraph 12").</summary>
    public int Number { get; init; }

    public string StyleName { get; init; } = "";

    /// <summary>Things in the paragraph import does not bring into the Markdown (pictures, text boxes, a refused link…),
    /// described for a warning.</summary>
    public List<UnmappedPart> Unmappable { get; } = [];

    /// <summary>SHA-256 of the picture's bytes, for a picture paragraph: the build embeds the article's image file as it
    /// is, so a different hash is a picture replaced in Word.</summary>
    public string? PictureHash { get; init; }

    /// <summary>Comment ids anchored in this paragraph.</summary>
    public List<string> Comments { get; } = [];

    public int Index { get; set; }

    public string Where => Part == "body" ? $"paragraph {Number}" : $"footnote {Part[2..]}, paragraph {Number}";
}
