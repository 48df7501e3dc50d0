using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>Turns article blocks into tagged layout elements in the leaflet's style.</summary>
internal sealed class BlockComposer(LeafletTheme theme, DiagnosticBag diagnostics)
{
    public Element Paragraph(IReadOnlyList<Inline> inlines, TextStyle? style = null) =>
        Compose.Text(InlineSpans.Of(inlines, style ?? theme.Body, theme.LinkColour), theme.Paragraph).Tag(StructureTag.P);

    public Element Plain(string text, TextStyle style, StructureTag tag = StructureTag.P) =>
        Compose.Text(text, style, theme.Paragraph).Tag(tag);

    /// <summary>A heading: kept in one piece, kept with what follows, bookmarked.</summary>
    public Element Heading(int level, IReadOnlyList<Inline> inlines)
    {
        var (style, tag) = level <= 2 ? (theme.H2, StructureTag.H2) : (theme.H3, StructureTag.H3);
        var text = Compose.Text(InlineSpans.Of(inlines, style, style.Colour), theme.Tight).KeepTogether();
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

            if (list[i] is HeadingBlock)
            {
                yield return Compose.Spacer(theme.Gap).WithKeepWithNext();
            }

            // A myth is never left at a page foot without the fact that answers it.
            if (list[i] is CalloutBlock { Kind: CalloutKind.Myth } && i + 1 < list.Count && list[i + 1] is CalloutBlock { Kind: CalloutKind.Fact })
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
        CalloutBlock c => Callout(c),
        TableBlock t => Table(t),
        ImageBlock i => Image(i),
        ThematicBreakBlock => Compose.Rule(0.75, LeafletTheme.Rgb(theme.Colours.Heading), 0),
        _ => null,
    };

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
                (RowWidth.Fixed(theme.BodySize * (list.Ordered ? 1.8 : 1.2)), Compose.Text(label, labelStyle, theme.Paragraph).Tag(StructureTag.Lbl)),
                (RowWidth.Relative(), body)).Tag(StructureTag.LI));
        }

        return Compose.Column(theme.Gap / 2, items).Tag(StructureTag.L);
    }

    /// <summary>A callout in a tinted box with a rule down its left edge and a word label ("Myth", "Fact") first,
    /// so its meaning never rests on colour.</summary>
    public Element Callout(CalloutBlock c)
    {
        var bg = c.Kind switch
        {
            CalloutKind.Myth => theme.Colours.MythBackground,
            CalloutKind.Fact => theme.Colours.FactBackground,
            _ => theme.Colours.BoxBackground,
        };
        return Callout(c.Title ?? CalloutKinds.DefaultLabel(c.Kind), c.Blocks, bg);
    }

    public Element Callout(string? label, IEnumerable<Block> blocks, Templates.Colour background) =>
        Boxed(label is null ? null : Plain(label, theme.CalloutLabel), [.. Blocks(blocks)], background).KeepTogether();

    /// <summary>The shared box look: tinted background, darker left rule, generous padding.</summary>
    public Element Boxed(Element? label, IReadOnlyList<Element> content, Templates.Colour background, double spacing = -1)
    {
        var children = label is null ? content : [label, .. content];
        var style = new BoxStyle { Background = LeafletTheme.Rgb(background), Border = LeafletTheme.Rule(background), LeftRule = 4 };
        return Compose.Column(spacing < 0 ? theme.Gap / 2 : spacing, children)
            .Padding(theme.BodySize * 0.8, theme.BodySize, theme.BodySize * 0.9, theme.BodySize * 1.3)
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
