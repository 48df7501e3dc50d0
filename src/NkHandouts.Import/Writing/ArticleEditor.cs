using NkHandouts.Content;
using NkHandouts.Content.Identity;
using NkHandouts.Import.Model;

namespace NkHandouts.Import.Writing;

/// <summary>
/// Turns the matched leaves into text edits of the article: changed leaves rewritten in place, deleted ones removed
/// (with their list item, list, quote, callout or table when nothing of it is left), added ones written after the
/// leaf before them, inside the same container (list, callout, quote, section). Unchanged text is never touched, so
/// its bytes stay exactly as they were.
/// </summary>
internal sealed class ArticleEditor
{
    private readonly string _text;
    private readonly SourceSpans _spans;
    private readonly IReadOnlyList<SourceLeaf> _source;
    private readonly IReadOnlyList<WordLeaf> _word;
    private readonly Dictionary<int, int> _wordToSource = [];
    private readonly Dictionary<int, int> _sourceToWord = [];
    private readonly List<TextEdit> _edits = [];
    private readonly List<(WordLeaf Leaf, string Message, string Hint)> _warnings = [];
    private int _seq;

    public ArticleEditor(string text, SourceSpans spans, IReadOnlyList<SourceLeaf> source, IReadOnlyList<WordLeaf> word, IReadOnlyList<(int Source, int Word)> pairs)
    {
        _text = text;
        _spans = spans;
        _source = source;
        _word = word;
        foreach (var (s, w) in pairs)
        {
            _wordToSource[w] = s;
            _sourceToWord[s] = w;
        }
    }

    public List<TextEdit> Edits => _edits;

    /// <summary>Article leaves left exactly as they are, whatever the document says: blocks the briefing never showed
    /// in their present form (changed or added in the Markdown after the build; see <see cref="Matching.StaleBlocks"/>).</summary>
    public IReadOnlySet<int> Keep { get; init; } = new HashSet<int>();

    public List<(WordLeaf Leaf, string Message, string Hint)> Warnings => _warnings;

    /// <summary>Where each inserted Word leaf was written (offset in the old text), for locating its comments.</summary>
    public Dictionary<WordLeaf, int> InsertedAt { get; } = new(ReferenceEqualityComparer.Instance);

    public SourceLeaf? SourceOf(WordLeaf w) => _wordToSource.TryGetValue(w.Index, out var s) ? _source[s] : null;

    public void Build()
    {
        foreach (var (w, s) in _wordToSource.OrderBy(p => p.Key))
        {
            if (!Keep.Contains(s) && !Matching.LeafMatcher.Same(_source[s], _word[w]))
            {
                Change(_source[s], _word[w]);
            }
        }

        Deletions();
        Insertions();
    }

    // ----- changed leaves -----

    private void Change(SourceLeaf s, WordLeaf w)
    {
        switch (s.Kind)
        {
            case LeafKind.ThematicBreak:
                return;
            case LeafKind.Image:
                _warnings.Add((w, "the picture's alt text or caption was changed in Word; pictures are not rewritten", "edit the Markdown image's alt text and title by hand: ![alt](file \"title\")"));
                return;
            case LeafKind.TableRow when s.Span == _spans.Of(s.Block):
                _warnings.Add((w, "a row of a grid table was changed; only pipe tables are rewritten row by row", "make the change in the Markdown table by hand, or rewrite it as a pipe table"));
                return;
            case LeafKind.TableRow:
                Replace(s.Span, Row(w.Cells));
                return;
            case LeafKind.Heading when w.Kind == LeafKind.Heading:
                var level = w.Level == s.WordLevel ? s.Level : w.Level + 1;
                Replace(s.Span, new string('#', level) + " " + MarkdownInlines.Write(w.Segments));
                return;
        }

        if (s.HeadingAsBold && w.Segments.Count > 0 && w.Segments.All(x => x.Kind != SegmentKind.Text || x.Strong))
        {
            Replace(s.Span, new string('#', s.Level) + " " + MarkdownInlines.Write(w.Segments.Select(x => x with { Strong = false }).ToList()));
            return;
        }

        if (s.Block is ParagraphBlock { Inlines: [CodeInline] } && IsFence(s.Span.Start))
        {
            Replace(s.Span, Fence(w.Segments));
            return;
        }

        Replace(s.Span, MarkdownInlines.Write(w.Segments, Continuation(s.Span.Start)));
    }

    private bool IsFence(int start) => _text.AsSpan(start).TrimStart(' ').StartsWith("```") || _text.AsSpan(start).TrimStart(' ').StartsWith("~~~");

    private static string Fence(IReadOnlyList<Segment> segments)
    {
        var body = string.Concat(segments.Select(s => s.Kind == SegmentKind.Break ? "\n" : s.Text));
        var fence = "```";
        while (body.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        return fence + "\n" + body + "\n" + fence;
    }

    private void Replace((int Start, int End) span, string text) => _edits.Add(new TextEdit(span.Start, span.End, text, _seq++));

    /// <summary>What goes in front of a continuation line of the block starting at <paramref name="offset"/>: its
    /// quote markers, with list markers and other text turned into spaces.</summary>
    private string Continuation(int offset)
    {
        var lineStart = LineStart(offset);
        var chars = _text.AsSpan(lineStart, offset - lineStart).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '>')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private int LineStart(int offset) => offset == 0 ? 0 : _text.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>Offset just after the end of the line holding <paramref name="offset"/> - 1 (the end of a span).</summary>
    private int LineEndAfter(int end)
    {
        var nl = _text.IndexOf('\n', Math.Max(0, end - 1) < _text.Length ? Math.Max(0, end - 1) : _text.Length - 1);
        return nl < 0 ? _text.Length : nl + 1;
    }

    private static string Row(IReadOnlyList<IReadOnlyList<Segment>> cells) =>
        "| " + string.Join(" | ", cells.Select(c => MarkdownInlines.Write(c, tableCell: true))) + " |";

    // ----- deleted leaves -----

    private void Deletions()
    {
        var deleted = new HashSet<int>(Enumerable.Range(0, _source.Count).Where(i => !_sourceToWord.ContainsKey(i) && !Keep.Contains(i)));
        if (deleted.Count == 0)
        {
            return;
        }

        var units = new List<(int Start, int End)>();
        foreach (var i in deleted.Order())
        {
            var leaf = _source[i];
            (int, int)? unit = null;
            foreach (var ancestor in leaf.Ancestors)
            {
                if (ancestor is FootnoteBlock)
                {
                    continue;
                }

                var all = _source.Where(l => l.Ancestors.Contains(ancestor));
                if (all.All(l => deleted.Contains(l.Index)))
                {
                    unit = _spans.Of(ancestor);
                    break;
                }
            }

            units.Add(unit ?? leaf.Span);
        }

        foreach (var (start, end) in units.Distinct().OrderBy(u => u.Start))
        {
            var from = LineStart(start);
            var to = LineEndAfter(end);
            var previous = from == 0 ? -1 : LineStart(from - 1);
            var prevBlank = from == 0 || Blankish(previous, from);
            var nextBlank = to < _text.Length && Blankish(to, LineEndAfter(to + 1));
            if (prevBlank && nextBlank)
            {
                // Keep one separator: inside a quote the one before (a '>' line), elsewhere the one after goes.
                if (previous >= 0 && _text.AsSpan(previous, from - previous).Contains('>'))
                {
                    from = previous;
                }
                else
                {
                    to = LineEndAfter(to + 1);
                }
            }
            else if (to >= _text.Length && prevBlank && previous >= 0)
            {
                from = previous; // the last block: drop the blank line before it instead
            }

            _edits.Add(new TextEdit(from, to, "", _seq++));
        }
    }

    /// <summary>A line with nothing but spaces and quote markers.</summary>
    private bool Blankish(int start, int end) => _text.AsSpan(start, end - start).Trim().TrimStart('>').Trim().IsEmpty && !_text.AsSpan(start, end - start).Trim().Contains(':');

    // ----- added leaves -----

    private void Insertions()
    {
        SourceLeaf? previous = null;
        for (var j = 0; j < _word.Count; j++)
        {
            if (_wordToSource.TryGetValue(j, out var s))
            {
                previous = _source[s];
                continue;
            }

            var w = _word[j];
            if (w.Kind == LeafKind.Image)
            {
                _warnings.Add((w, "a picture was added in Word; pictures have no Markdown form here", "save the picture next to the article and add ![description](file.png) where it belongs"));
                continue;
            }

            var before = previous is not null && previous.Part == w.Part ? previous : null;
            if (w.Kind == LeafKind.TableRow && before is { Kind: LeafKind.TableRow } row && SameWordTable(row, w))
            {
                // A row added to an existing table: its own line after the row before it (after the delimiter line
                // when that is the header).
                var at = LineEndAfter(row.Span.End);
                if (row.HeaderRow)
                {
                    at = LineEndAfter(at + 1);
                }

                AddAt(at, Row(w.Cells) + "\n", w);
                continue;
            }

            if (w.Kind == LeafKind.TableRow)
            {
                var rows = new List<WordLeaf> { w };
                while (j + 1 < _word.Count && !_wordToSource.ContainsKey(j + 1) && _word[j + 1].Kind == LeafKind.TableRow && _word[j + 1].Table == w.Table && _word[j + 1].Part == w.Part)
                {
                    rows.Add(_word[++j]);
                }

                var columns = rows.Max(r => r.Cells.Count);
                var lines = new List<string> { Row(rows[0].Cells), "|" + string.Concat(Enumerable.Repeat(" --- |", Math.Max(1, columns))) };
                lines.AddRange(rows.Skip(1).Select(r => Row(r.Cells)));
                var table = string.Join("\n", lines);
                InsertBlock(table, before, NextMatched(j), w);
                foreach (var r in rows.Skip(1))
                {
                    InsertedAt[r] = InsertedAt[w];
                }

                continue;
            }

            if (w.Callout >= 0 && CalloutFor(w) is null)
            {
                // A whole new box: collect its leaves.
                var box = new List<WordLeaf> { w };
                while (j + 1 < _word.Count && !_wordToSource.ContainsKey(j + 1) && _word[j + 1].Callout == w.Callout && _word[j + 1].Part == w.Part)
                {
                    box.Add(_word[++j]);
                }

                NewCallout(box, before, NextMatched(j));
                continue;
            }

            Insert(w, before, NextMatched(j));
        }
    }

    private bool SameWordTable(SourceLeaf row, WordLeaf w) =>
        _sourceToWord.TryGetValue(row.Index, out var matched) && _word[matched].Table == w.Table && _word[matched].Part == w.Part;

    private void InsertBlock(string text, SourceLeaf? before, SourceLeaf? after, WordLeaf w)
    {
        if (before is not null)
        {
            var scope = before.Callout is { } c && w.Callout >= 0 && ReferenceEquals(CalloutFor(w), c) ? c : null;
            var anchor = BlockInScope(before, scope);
            AddAt(LineEndAfter(_spans.Of(anchor)?.End ?? before.Span.End), "\n" + text + "\n", w);
        }
        else if (after is not null)
        {
            AddAt(LineStart(_spans.Of(after.Outermost)?.Start ?? after.Span.Start), text + "\n\n", w);
        }
        else
        {
            AddAt(_text.Length, "\n" + text + "\n", w);
        }
    }

    private SourceLeaf? NextMatched(int j)
    {
        for (var k = j + 1; k < _word.Count; k++)
        {
            if (_wordToSource.TryGetValue(k, out var s))
            {
                return _source[s].Part == _word[j].Part ? _source[s] : null;
            }
        }

        return null;
    }

    /// <summary>The article's callout shown as the Word box the leaf sits in, known from leaves matched inside it.</summary>
    private CalloutBlock? CalloutFor(WordLeaf w)
    {
        if (w.Callout < 0)
        {
            return null;
        }

        foreach (var (wi, si) in _wordToSource)
        {
            if (_word[wi].Part == w.Part && _word[wi].Callout == w.Callout && _source[si].Callout is { } c)
            {
                return c;
            }
        }

        return null;
    }

    private void Insert(WordLeaf w, SourceLeaf? before, SourceLeaf? after)
    {
        var callout = CalloutFor(w);
        var inScope = before is not null && ReferenceEquals(before.Callout, callout);
        if (inScope)
        {
            var item = before!.Ancestors.OfType<ListItemBlock>().LastOrDefault(a => callout is null || before.Ancestors.ToList().IndexOf(a) > before.Ancestors.ToList().IndexOf(callout));
            if (w.Kind == LeafKind.ListItem && item is not null)
            {
                NewItem(w, ItemAt(before, w.Level));
                return;
            }

            if (w.Kind == LeafKind.ListContinuation && item is not null)
            {
                var (_, itemEnd) = _spans.Of(item)!.Value;
                var indent = ContentIndent(item);
                AddAt(LineEndAfter(itemEnd), "\n" + indent + MarkdownInlines.Write(w.Segments, indent) + "\n", w);
                return;
            }

            if (w.Kind == LeafKind.Quote && before.Ancestors.OfType<QuoteBlock>().LastOrDefault() is { } quote)
            {
                var prefix = Continuation(before.Span.Start);
                AddAt(LineEndAfter(before.Span.End), prefix.TrimEnd() + "\n" + prefix + MarkdownInlines.Write(w.Segments, prefix) + "\n", w);
                _ = quote;
                return;
            }

            var anchor = BlockInScope(before, callout);
            var end = anchor == before.Block && before.Kind == LeafKind.TableRow ? _spans.Of(before.Block)!.Value.End : _spans.Of(anchor)?.End ?? before.Span.End;
            AddAt(LineEndAfter(end), "\n" + Markdown(w, "") + "\n", w);
            return;
        }

        if (callout is not null)
        {
            // First thing in an existing box: just after its opening line.
            var (start, _) = _spans.Of(callout)!.Value;
            var open = _text.IndexOf('\n', start);
            AddAt(open < 0 ? _text.Length : open + 1, Markdown(w, "") + "\n\n", w);
            return;
        }

        if (before is not null)
        {
            AddAt(LineEndAfter(_spans.Of(before.Outermost)?.End ?? before.Span.End), "\n" + Markdown(w, "") + "\n", w);
        }
        else if (after is not null)
        {
            AddAt(LineStart(_spans.Of(after.Outermost)?.Start ?? after.Span.Start), Markdown(w, "") + "\n\n", w);
        }
        else
        {
            AddAt(_text.Length, (_text.EndsWith('\n') ? "\n" : "\n\n") + Markdown(w, "") + "\n", w);
        }
    }

    private void AddAt(int offset, string text, WordLeaf w)
    {
        InsertedAt[w] = offset;
        _edits.Add(new TextEdit(offset, offset, text, _seq++));
    }

    /// <summary>The list item of <paramref name="leaf"/> at Word list level <paramref name="level"/> (or the
    /// deepest one above it).</summary>
    private static ListItemBlock ItemAt(SourceLeaf leaf, int level)
    {
        var items = leaf.Ancestors.OfType<ListItemBlock>().ToList();
        return items[Math.Clamp(level, 0, items.Count - 1)];
    }

    private void NewItem(WordLeaf w, ListItemBlock item)
    {
        var (start, end) = _spans.Of(item)!.Value;
        var lineStart = LineStart(start);
        var indent = _text[lineStart..start];
        var markerEnd = start;
        while (markerEnd < _text.Length && _text[markerEnd] is not (' ' or '\n'))
        {
            markerEnd++;
        }

        var marker = _text[start..markerEnd];
        if (marker.Length > 1 && int.TryParse(marker[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            marker = (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + marker[^1];
        }

        var list = _source.First(l => l.Ancestors.Contains(item)).Ancestors.OfType<ListBlock>().Last(l => l.Items.Contains(item));
        var loose = _spans.TextOf(list)?.Contains("\n\n", StringComparison.Ordinal) == true;
        var continuation = new string(' ', indent.Length + marker.Length + 1);
        AddAt(LineEndAfter(end), (loose ? "\n" : "") + indent + marker + " " + MarkdownInlines.Write(w.Segments, continuation) + "\n", w);
    }

    private string ContentIndent(ListItemBlock item)
    {
        var first = item.Blocks.Count > 0 ? _spans.Of(item.Blocks[0]) : null;
        var (start, _) = _spans.Of(item)!.Value;
        var column = (first?.Start ?? start + 2) - LineStart(start);
        return new string(' ', Math.Max(2, column));
    }

    /// <summary>The block directly inside <paramref name="scope"/> (a callout, or the article) that holds the leaf.</summary>
    private static Block BlockInScope(SourceLeaf leaf, CalloutBlock? scope)
    {
        if (scope is null)
        {
            return leaf.Outermost is FootnoteBlock && leaf.Ancestors.Count > 1 ? leaf.Ancestors[1] : leaf.Outermost is FootnoteBlock ? leaf.Block : leaf.Outermost;
        }

        var index = leaf.Ancestors.ToList().IndexOf(scope);
        return index + 1 < leaf.Ancestors.Count ? leaf.Ancestors[index + 1] : leaf.Block;
    }

    private void NewCallout(List<WordLeaf> box, SourceLeaf? before, SourceLeaf? after)
    {
        var first = box[0];
        var kind = first.CalloutKind ?? CalloutKind.Note;
        var name = CalloutKinds.ByName.FirstOrDefault(p => p.Value == kind).Key ?? "note";
        var label = first.CalloutLabel?.Trim();
        var title = string.IsNullOrEmpty(label) || string.Equals(label, CalloutKinds.DefaultLabel(kind), StringComparison.OrdinalIgnoreCase) ? "" : " " + label;
        var body = new List<string>();
        for (var i = 0; i < box.Count; i++)
        {
            var tight = i > 0 && box[i].Kind == LeafKind.ListItem && box[i - 1].Kind == LeafKind.ListItem;
            body.Add((i == 0 || tight ? "" : "\n") + Markdown(box[i], ""));
        }

        var text = "::: " + name + title + "\n" + string.Join("\n", body) + "\n:::";
        if (before is not null)
        {
            AddAt(LineEndAfter(_spans.Of(before.Outermost)?.End ?? before.Span.End), "\n" + text + "\n", first);
        }
        else if (after is not null)
        {
            AddAt(LineStart(_spans.Of(after.Outermost)?.Start ?? after.Span.Start), text + "\n\n", first);
        }
        else
        {
            AddAt(_text.Length, "\n" + text + "\n", first);
        }

        foreach (var leaf in box.Skip(1))
        {
            InsertedAt[leaf] = InsertedAt[first];
        }
    }

    /// <summary>A new leaf as a Markdown block of its own.</summary>
    public static string Markdown(WordLeaf w, string indent) => w.Kind switch
    {
        LeafKind.Heading => new string('#', Math.Clamp(w.Level + 1, 2, 6)) + " " + MarkdownInlines.Write(w.Segments),
        LeafKind.ListItem => new string(' ', 2 * w.Level) + (w.Ordered ? "1. " : "- ") + MarkdownInlines.Write(w.Segments, indent + new string(' ', 2 * w.Level + (w.Ordered ? 3 : 2))),
        LeafKind.Quote => "> " + MarkdownInlines.Write(w.Segments, "> "),
        LeafKind.ThematicBreak => "---",
        LeafKind.TableRow => Row(w.Cells),
        _ => MarkdownInlines.Write(w.Segments, indent),
    };
}
