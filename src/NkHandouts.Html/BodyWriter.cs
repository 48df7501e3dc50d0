using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Html;

/// <summary>
/// Writes the article's blocks in source order: headings (levels kept in order by <see cref="Outline"/>), paragraphs,
/// lists, quotes, callouts as labelled sections, tables with header cells, figures with alt text. A block type it
/// does not know is an exception, never a silent gap.
/// </summary>
internal sealed class BodyWriter
{
    private readonly Outline _outline;
    private readonly InlineWriter _inlines;
    private readonly HtmlImages _images;
    private readonly Dictionary<string, int> _regionNames = new(StringComparer.Ordinal);
    private (string Id, string Text)? _section;

    public BodyWriter(Outline outline, InlineWriter inlines, HtmlImages images)
    {
        _outline = outline;
        _inlines = inlines;
        _images = images;
    }

    /// <summary>The level-2 headings written, for the contents list.</summary>
    public List<(string Id, string Text)> Sections { get; } = [];

    public void Blocks(Markup m, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Block(m, block);
        }
    }

    public void Block(Markup m, Block block)
    {
        switch (block)
        {
            case HeadingBlock h: Heading(m, h); break;
            case ParagraphBlock p: Paragraph(m, p.Inlines); break;
            case ListBlock l: List(m, l); break;
            case QuoteBlock q:
                m.Line("<blockquote>");
                Blocks(m, q.Blocks);
                m.Line("</blockquote>");
                break;
            case CalloutBlock c: Callout(m, c.Kind, c.Title, () => Blocks(m, c.Blocks)); break;
            case TableBlock t: Table(m, t); break;
            case ImageBlock i: Figure(m, i); break;
            case ThematicBreakBlock: m.Line("<hr>"); break;
            default: throw new NotSupportedException($"the HTML handout has no rendering for {block.GetType().Name} ({block.Source})");
        }
    }

    public void Paragraph(Markup m, IReadOnlyList<Inline> inlines)
    {
        m.Open("p");
        _inlines.Write(m, inlines);
        m.Line("</p>");
    }

    private void Heading(Markup m, HeadingBlock h)
    {
        var level = _outline.Heading(h.Level);
        var text = h.PlainText;
        var id = _outline.Id(text, "section");
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        m.Open(tag, ("id", id));
        _inlines.Write(m, h.Inlines);
        m.Close(tag).Line();
        if (level == 2)
        {
            Sections.Add((id, text));
            _section = (id, text);
        }
    }

    private void List(Markup m, ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        var start = list.Ordered && list.Start != 1 ? list.Start.ToString(CultureInfo.InvariantCulture) : null;
        m.Open(tag, ("start", start)).Line();
        foreach (var item in list.Items)
        {
            m.Open("li");
            var rest = item.Blocks;
            if (rest.Count > 0 && rest[0] is ParagraphBlock first)
            {
                // A tight item's first paragraph sits in the <li> itself, as a browser lays out a Markdown list.
                _inlines.Write(m, first.Inlines);
                rest = rest.Skip(1).ToList();
                if (rest.Count > 0)
                {
                    m.Line();
                }
            }

            Blocks(m, rest);
            m.Line("</li>");
        }

        m.Line($"</{tag}>");
    }

    /// <summary>
    /// A callout as a section named by its word label ("Myth", "Fact: The reality"), which is a heading one level
    /// below the current one, with an icon before it. Inside a titled section the region's name adds that section's
    /// heading ("Myth — Myth 1: …"), so three myths are told apart in a landmarks list; a name that still repeats
    /// gets a number.
    /// </summary>
    public void Callout(Markup m, CalloutKind kind, string? title, Action content)
    {
        var label = HtmlStrings.CalloutLabel(kind, title);
        var name = CalloutKinds.Name(kind);
        var labelId = _outline.Id(label, name);
        var level = _outline.Child;
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);

        var (labelledBy, ariaLabel) = RegionName(label, labelId);
        m.Open("section", ("class", "callout callout-" + name), ("aria-labelledby", labelledBy), ("aria-label", ariaLabel)).Line();
        m.Open(tag, ("class", "callout-label"), ("id", labelId)).Raw(CalloutIcons.For(kind)).Raw(" ").Text(label).Close(tag).Line();
        _outline.Within(level, content);
        m.Line("</section>");
    }

    private (string? LabelledBy, string? AriaLabel) RegionName(string label, string labelId)
    {
        var (name, labelledBy) = _section is { } s ? (label + " " + s.Text, labelId + " " + s.Id) : (label, labelId);
        if (_regionNames.TryAdd(name, 1))
        {
            return (labelledBy, null);
        }

        var n = _regionNames[name] = _regionNames[name] + 1;
        return (null, name + " (" + n.ToString(CultureInfo.InvariantCulture) + ")");
    }

    private void Table(Markup m, TableBlock table)
    {
        m.Line("<table>");
        var align = table.Alignments;
        if (table.Header is { } header)
        {
            m.Line("<thead>");
            Row(m, header, "th", align);
            m.Line("</thead>");
        }

        m.Line("<tbody>");
        foreach (var row in table.Rows.Where(r => !r.IsHeader))
        {
            Row(m, row, "td", align);
        }

        m.Line("</tbody>");
        m.Line("</table>");
    }

    private void Row(Markup m, TableRow row, string cellTag, IReadOnlyList<TableAlignment> align)
    {
        m.Raw("<tr>");
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var a = i < align.Count ? align[i] : TableAlignment.Default;
            var cls = a switch { TableAlignment.Right => "align-right", TableAlignment.Center => "align-center", _ => null };
            m.Open(cellTag, ("scope", cellTag == "th" ? "col" : null), ("class", cls));
            _inlines.Write(m, row.Cells[i].Inlines);
            m.Close(cellTag);
        }

        m.Line("</tr>");
    }

    private void Figure(Markup m, ImageBlock image)
    {
        if (_images.Read(image.Path, image.Source) is not { } data)
        {
            return; // the error is reported; the build does not write a page with a hole in it
        }

        var w = data.Width?.ToString(CultureInfo.InvariantCulture);
        var h = data.Height?.ToString(CultureInfo.InvariantCulture);
        m.Line("<figure>");
        m.Open("img", ("src", data.DataUri), ("alt", image.AltText), ("width", w), ("height", h)).Line();
        if (!string.IsNullOrWhiteSpace(image.Title))
        {
            m.Element("figcaption", image.Title).Line();
        }

        m.Line("</figure>");
    }
}
