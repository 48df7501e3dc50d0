using System.Text;
using NkHandouts.Hashing;

namespace NkHandouts.Content.Identity;

/// <summary>
/// Numbers every block of an article in document order (body, then footnotes) and hashes its Markdown source. The
/// briefing writes these keys into its content controls; the importer recomputes them from the current article.
/// </summary>
public sealed class BlockIdentities
{
    private readonly Dictionary<Block, BlockKey> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly List<(Block Block, BlockKey Key)> _ordered = [];
    private readonly SourceSpans? _spans;

    private BlockIdentities(Article article)
    {
        _spans = article.SourceText is { } text ? SourceSpans.Parse(text) : null;
        var counter = 0;
        foreach (var block in article.Blocks)
        {
            Number(block, "b", ref counter);
        }

        foreach (var note in article.Footnotes)
        {
            var inner = 0;
            var prefix = "f" + note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".b";
            Add(note, "f" + note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var block in note.Blocks)
            {
                Number(block, prefix, ref inner);
            }
        }
    }

    public static BlockIdentities Of(Article article) => new(article);

    /// <summary>Spans of the source, when the article has its text.</summary>
    public SourceSpans? Spans => _spans;

    /// <summary>Every block and its key, in document order.</summary>
    public IReadOnlyList<(Block Block, BlockKey Key)> All => _ordered;

    public BlockKey? KeyOf(Block block) => _keys.TryGetValue(block, out var key) ? key : null;

    /// <summary>First 12 hex digits of SHA-256 of the text: enough to tell edits apart, short enough for a tag.</summary>
    public static string HashOf(string text) => Sha256.Hex(Encoding.UTF8.GetBytes(text))[..12];

    private void Number(Block block, string prefix, ref int counter)
    {
        counter++;
        Add(block, prefix + counter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var child in Children(block))
        {
            Number(child, prefix, ref counter);
        }
    }

    private void Add(Block block, string id)
    {
        var source = _spans?.TextOf(block) ?? Fallback(block);
        var key = new BlockKey(id, HashOf(source));
        _keys[block] = key;
        _ordered.Add((block, key));
    }

    /// <summary>Without source text the hash covers the block's plain text, so keys still differ between blocks.</summary>
    private static string Fallback(Block block) => block switch
    {
        HeadingBlock h => h.PlainText,
        ParagraphBlock p => p.PlainText,
        ImageBlock i => i.Path + "\n" + i.AltText,
        _ => block.GetType().Name,
    };

    public static IReadOnlyList<Block> Children(Block block) => block switch
    {
        ListBlock l => l.Items,
        ListItemBlock i => i.Blocks,
        QuoteBlock q => q.Blocks,
        CalloutBlock c => c.Blocks,
        FootnoteBlock f => f.Blocks,
        _ => [],
    };
}
