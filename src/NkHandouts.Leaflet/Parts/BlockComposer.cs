using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>Turns article blocks into tagged layout elements in the leaflet's style.</summary>
internal sealed class BlockComposer(LeafletTheme theme, DiagnosticBag diagnostics)
{
    /// <summary>The article's language's labels ("Myth" / "Mito").</summary>
    public Localization.Furniture Furniture { get; init; } = Localization.Furniture.English;

    public Element Paragraph(IReadOnlyList<Inline> inlines, TextStyle? style = null) =>
        Compose.Text(InlineSpans.Of(inlines, style ?? theme.Body, theme.LinkColour), theme.Paragraph).Tag(StructureTag.P);

    public Element Plain(string text, TextStyle style, StructureTag tag = StructureTag.P) =>
        Compose.Text(text, style, theme.Paragraph).Tag(tag);

    /// <summary>A heading: kept in one piece, kept with what follows, bookmarked.</summary>
    public Element Heading(int level, IReadOnlyList<Inline> inlines)
    {
        var (style, tag) = level <= 2 ? (theme.H2, StructureTag.H2) : (theme.H3, StructureTag.H3);
        var text = Compose.Text(InlineSpans.Of(inlines, style, style.Colour), theme.Heading).KeepTogether();
        return text.Tag(tag).Bookmark(level <= 2 ? 1 : 2, InlineText.Of(inlines)).WithKeepWithNext();
    }

    public IEnumerable<Element> Blocks(IEnumerable<Block> blocks)
    {
        var list = blocks.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (Block(list[i]) is not { } e)
            {
                continue;
            }

            // Page-end reasons point at the block by its place in the article (blocks made up here have none).
            if (list[i].Source.Line > 0)
            {
                e.Source ??= (list[i].Source.Line, list[i].Source.Column);
            }

            if (list[i] is HeadingBlock)
            {
                yield return Compose.Spacer(theme.Gap).WithKeepWithNext();
            }

            // A myth is never left at a page foot without the fact that answers it, nor a lead-in line without
            // the list it introduces.
            if (KeepRules.KeepsWithNext(list[i], i + 1 < list.Count ? list[i + 1] : null))
            {
                e.WithKeepWithNext();
            }

            yield return e;
        }
    }

    public Element? Block(Block block) => block switch
    {
        ParagraphBlock p => Paragraph(p.Inlines),
        HeadingBlock h => Heading(h.Level, h.Inlines),
        ListBlock l => List(l),
        QuoteBlock q => Callout(null, q.Blocks, theme.Colours.BoxBackground),
        CalloutBlock { Kind: CalloutKind.KeyPoints } k when LeafletOptions.Of(theme.Template).KeyPointsBox =>
            TitledBox(k.Title ?? Furniture.Label(CalloutKind.KeyPoints), [.. Blocks(k.Blocks)], theme.Colours.BoxBackground),
        CalloutBlock c => Callout(c),
        TableBlock t => Table(t),
        ImageBlock i => Image(i),
        ThematicBreakBlock => Compose.Rule(0.75, LeafletTheme.Rgb(theme.Colours.Heading), 0),
        FootnoteBlock => null, // leaflets carry no footnotes; the renderer warns (NK407)
        _ => throw new NotSupportedException($"the leaflet has no layout for {block.GetType().Name} ({block.Source})"),
    };

    /// <summary>A list. It splits across pages like a paragraph keeps its lines: never between its first two items
    /// nor between its last two (no item alone at a page foot or head, however short), but inside an item where the
    /// item's own paragraphs allow (two lines each side), and between any other two items.</summary>
    public Element List(ListBlock list)
    {
        var items = new List<Element>();
        var n = list.Start;
        foreach (var item in list.Items)
        {
            var label = list.Ordered ? $"{n++}." : "\u2022";
            var labelStyle = list.Ordered ? theme.Body.Bold() : theme.Body with { Colour = LeafletTheme.Rgb(theme.Colours.Heading) };
            var body = Compose.Column(theme.Gap / 2, Blocks(item.Blocks)).Tag(StructureTag.LBody);
            items.Add(Compose.Row(4,
                (RowWidth.Fixed(theme.BodySize * (list.Ordered ? 1.8 : theme.BulletIndent)), Compose.Text(label, labelStyle, theme.Paragraph).Tag(StructureTag.Lbl)),
                (RowWidth.Relative(), body)).Tag(StructureTag.LI));
        }

        if (items.Count >= 2)
        {
            items[0].WithKeepWithNext();
            items[^1].WithKeepWithPrevious();
        }

        return Compose.Column(theme.Gap / 2, items).Tag(StructureTag.L);
    }

    /// <summary>A callout in a tinted box with a rule down its left edge and a word label ("Myth", "Fact") first;
    /// myths and facts also carry an icon of their own shape and their own label and rule colours, so their
    /// meaning never rests on colour (<see cref="CalloutLook"/>).</summary>
    public Element Callout(CalloutBlock c)
    {
        var look = CalloutLook.For(c.Kind, theme);
        var text = c.Title ?? Furniture.Label(c.Kind);
        var label = Plain(text, theme.CalloutLabel with { Colour = look.Ink });
        if (look.Icon is { } icon)
        {
            // The icon is decoration (the word says it); centred on the label's first line.
            var size = theme.BodySize * 1.25;
            var line = theme.BodySize * theme.Paragraph.LineHeight;
            var mark = Compose.Vector(icon, size).Padding(Math.Max(0, (line - size) / 2), 0, 0, 0).AsArtifact();
            label = Compose.Row(theme.BodySize * 0.45, (RowWidth.Fixed(size), mark), (RowWidth.Relative(), label));
        }

        return Boxed(label, [.. Blocks(c.Blocks)], look.Background, look.Rule).KeepTogether();
    }

    /// <summary>A box whose label is a level-2 heading (key points, questions): kept whole unless that would leave
    /// a quarter page empty, and then split no earlier than its heading and first lines.</summary>
    public Element TitledBox(string title, IReadOnlyList<Element> content, Templates.Colour background)
    {
        var heading = Compose.Text(title, theme.H2, theme.Heading).Tag(StructureTag.H2).Bookmark(1, title);
        return Boxed(heading, content, background, theme.Gap * 0.75).KeepTogetherUnlessSparse();
    }

    public Element Callout(string? label, IEnumerable<Block> blocks, Templates.Colour background) =>
        Boxed(label is null ? null : Plain(label, theme.CalloutLabel), [.. Blocks(blocks)], background).KeepTogether();

    /// <summary>The shared box look: tinted background, darker left rule, generous padding.</summary>
    public Element Boxed(Element? label, IReadOnlyList<Element> content, Templates.Colour background, double spacing = -1) =>
        Boxed(label, content, LeafletTheme.Rgb(background), LeafletTheme.Rule(background), spacing);

    public Element Boxed(Element? label, IReadOnlyList<Element> content, Rgb background, Rgb rule, double spacing = -1)
    {
        // The label stays with the box's first lines.
        var children = label is null ? content : [label.WithKeepWithNext(), .. content];
        var style = new BoxStyle { Background = background, Border = rule, LeftRule = 4 };
        return Compose.Column(spacing < 0 ? theme.Gap / 2 : spacing, children)
            .Padding(theme.BodySize * 0.8, theme.BoxInset.Right, theme.BodySize * 0.9, theme.BoxInset.Left)
            .Box(style)
            .Tag(StructureTag.Div);
    }

    public Element Table(TableBlock table)
    {
        var head = new List<Element>();
        var body = new List<Element>();
        foreach (var row in table.Rows)
        {
            var rows = row.IsHeader ? head : body;
            var cells = row.Cells.Select(cell =>
            {
                var style = row.IsHeader ? theme.Body.Bold() : theme.Body;
                var text = Compose.Text(InlineSpans.Of(cell.Inlines, style, theme.LinkColour), theme.Tight).Padding(4, 6, 4, 6)
                    .Box(new BoxStyle { Border = LeafletTheme.Rgb(theme.Colours.Heading), BorderWidth = 0.5, Background = row.IsHeader ? LeafletTheme.Rgb(theme.Colours.BoxBackground) : null });
                var node = row.IsHeader ? new StructureNode(StructureTag.TH) { Scope = TableScope.Column } : new StructureNode(StructureTag.TD);
                return (RowWidth.Relative(), text.Tag(node));
            }).ToArray();
            rows.Add(Compose.Row(0, cells).Tag(StructureTag.TR).KeepTogether());
        }

        // Header rows go in THead and the rest in TBody (ISO 32000-1 Table 337), so a reader can tell them apart.
        var groups = new List<Element>();
        if (head.Count > 0)
        {
            groups.Add(Compose.Column(0, head).Tag(StructureTag.THead));
        }

        if (body.Count > 0)
        {
            groups.Add(Compose.Column(0, body).Tag(StructureTag.TBody));
        }

        return Compose.Column(0, groups).Tag(StructureTag.Table);
    }

    public Element? Image(ImageBlock image)
    {
        if (new LeafletImages(theme.Template.Limits, diagnostics).Raster(image.Path, image.Source) is not { } data)
        {
            return null;
        }

        var alt = string.IsNullOrWhiteSpace(image.AltText) ? Path.GetFileName(image.Path) : image.AltText;
        return Compose.Image(data, Path.GetFileName(image.Path)).Tag(new StructureNode(StructureTag.Figure, alt));
    }
}
