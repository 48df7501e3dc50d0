using NkHandouts.Content;
using NkHandouts.Content.Identity;
using NkHandouts.Import.Model;

namespace NkHandouts.Import.Source;

/// <summary>
/// The article as the briefing shows it: one leaf per paragraph, heading, list item, image, rule and table row, each
/// with the key the briefing's content control carries for it, the span of its Markdown and its containers.
/// </summary>
internal sealed class SourceLeaves
{
    private readonly BlockIdentities _ids;
    private readonly SourceSpans _spans;
    private readonly List<SourceLeaf> _leaves = [];
    private int _lastHeadingLevel;

    private SourceLeaves(Article article)
    {
        _ids = BlockIdentities.Of(article);
        _spans = _ids.Spans ?? throw new InvalidOperationException("the article has no source text");
    }

    public static List<SourceLeaf> Of(Article article, out BlockIdentities identities)
    {
        var builder = new SourceLeaves(article);
        foreach (var block in article.Blocks)
        {
            builder.Visit(block, [], "body", listDepth: 0, inBox: false);
        }

        foreach (var note in article.Footnotes)
        {
            var part = "fn" + note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var block in note.Blocks)
            {
                builder.Visit(block, [note], part, 0, inBox: true);
            }
        }

        for (var i = 0; i < builder._leaves.Count; i++)
        {
            builder._leaves[i].Index = i;
        }

        identities = builder._ids;
        return builder._leaves;
    }

    private BlockKey Key(Block block) => _ids.KeyOf(block) ?? new BlockKey("?", "");

    private (int, int) Span(Block block) => _spans.Of(block) ?? throw new InvalidOperationException($"no source span for the block at {block.Source}");

    private void Visit(Block block, List<Block> ancestors, string part, int listDepth, bool inBox)
    {
        switch (block)
        {
            case HeadingBlock h when inBox || listDepth > 0:
                Add(new SourceLeaf { Kind = LeafKind.Paragraph, Block = h, Key = Key(h), Span = Span(h), Ancestors = ancestors, Part = part, Segments = Segments.From(h.Inlines, strong: true), HeadingAsBold = true, Level = h.Level });
                break;
            case HeadingBlock h:
                var level = Math.Min(Math.Clamp(h.Level - 1, 1, 3), _lastHeadingLevel + 1);
                _lastHeadingLevel = level;
                Add(new SourceLeaf { Kind = LeafKind.Heading, Level = h.Level, WordLevel = level, Block = h, Key = Key(h), Span = Span(h), Ancestors = ancestors, Part = part, Segments = Segments.From(h.Inlines) });
                break;
            case ParagraphBlock p:
                var kind = ancestors.LastOrDefault() is QuoteBlock ? LeafKind.Quote : LeafKind.Paragraph;
                if (ancestors.LastOrDefault() is ListItemBlock)
                {
                    kind = LeafKind.ListContinuation;
                }

                Add(new SourceLeaf { Kind = kind, Block = p, Key = Key(p), Span = Span(p), Ancestors = ancestors, Part = part, Segments = Segments.From(p.Inlines) });
                break;
            case ImageBlock i:
                List<Segment> image = [new Segment(SegmentKind.Text, i.AltText)];
                if (i.Title is not null)
                {
                    image.Add(Segment.Break);
                    image.Add(new Segment(SegmentKind.Text, i.Title));
                }

                Add(new SourceLeaf { Kind = LeafKind.Image, Block = i, Key = Key(i), Span = Span(i), Ancestors = ancestors, Part = part, Segments = Segments.Normalize(image) });
                break;
            case ThematicBreakBlock r:
                Add(new SourceLeaf { Kind = LeafKind.ThematicBreak, Block = r, Key = Key(r), Span = Span(r), Ancestors = ancestors, Part = part });
                break;
            case ListBlock l:
                foreach (var item in l.Items)
                {
                    Item(item, l, [.. ancestors, l], part, listDepth, inBox);
                }

                break;
            case QuoteBlock q:
                foreach (var child in q.Blocks)
                {
                    Visit(child, [.. ancestors, q], part, listDepth, inBox);
                }

                break;
            case CalloutBlock c:
                foreach (var child in c.Blocks)
                {
                    Visit(child, [.. ancestors, c], part, 0, inBox: true);
                }

                break;
            case TableBlock t:
                Rows(t, ancestors, part);
                break;
            default:
                throw new NotSupportedException($"the import has no mapping for {block.GetType().Name} ({block.Source})");
        }
    }

    private void Item(ListItemBlock item, ListBlock list, List<Block> ancestors, string part, int listDepth, bool inBox)
    {
        var inner = (List<Block>)[.. ancestors, item];
        var blocks = item.Blocks;
        if (blocks.Count > 0 && blocks[0] is ParagraphBlock first)
        {
            Add(new SourceLeaf
            {
                Kind = LeafKind.ListItem,
                Level = Math.Min(listDepth, 8),
                Ordered = list.Ordered,
                Block = first,
                Key = Key(item),
                Span = Span(first),
                Ancestors = inner,
                Part = part,
                Segments = Segments.From(first.Inlines),
            });
            blocks = blocks.Skip(1).ToList();
        }

        foreach (var block in blocks)
        {
            Visit(block, inner, part, listDepth + 1, inBox);
        }
    }

    private void Rows(TableBlock table, List<Block> ancestors, string part)
    {
        var (start, end) = Span(table);
        var lines = new List<(int Start, int End)>();
        var at = start;
        while (at < end)
        {
            var nl = _spans.Text.IndexOf('\n', at, end - at);
            var lineEnd = nl < 0 ? end : nl;
            lines.Add((at, lineEnd));
            at = lineEnd + 1;
        }

        // A pipe table: header line, delimiter line, one line per row. Anything else (a grid table) has no
        // line per row; its rows share the table's span and a changed row rewrites the whole table.
        var pipe = lines.Count == table.Rows.Count + 1;
        var columns = table.Rows.Count == 0 ? 1 : Math.Max(1, table.Rows.Max(r => r.Cells.Count));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var span = pipe ? lines[r == 0 ? 0 : r + 1] : (start, end);
            Add(new SourceLeaf
            {
                Kind = LeafKind.TableRow,
                Block = table,
                Key = Key(table),
                Span = span,
                Ancestors = [.. ancestors, table],
                Part = part,
                Row = r,
                HeaderRow = table.Rows[r].IsHeader,
                Cells = Enumerable.Range(0, columns).Select(c => (IReadOnlyList<Segment>)(c < table.Rows[r].Cells.Count ? Segments.From(table.Rows[r].Cells[c].Inlines) : [])).ToList(),
            });
        }
    }

    private void Add(SourceLeaf leaf) => _leaves.Add(leaf);
}
