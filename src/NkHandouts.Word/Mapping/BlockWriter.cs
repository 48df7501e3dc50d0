using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>Writes article blocks as Word paragraphs and tables, each with the style that gives it its look.</summary>
internal sealed class BlockWriter(BriefingContext context)
{
    public void Write(OpenXmlElement container, IReadOnlyList<Block> blocks, BlockScope scope)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            // The last child before the block, not a count: ChildElements.Count walks the whole list, which made
            // a long article's briefing quadratic (a 10 MB article took minutes).
            var before = container.LastChild;
            Write(container, blocks[i], scope);

            // A myth's box stays on the page of its fact, a lead-in line ("…depends on many things:") on the page of
            // its list: the same rules as the leaflet's (KeepRules); headings keep with next through their style.
            if (KeepRules.KeepsWithNext(blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null))
            {
                for (var written = before is null ? container.FirstChild : before.NextSibling(); written is not null; written = written.NextSibling())
                {
                    KeepWithNext.Apply(written);
                }
            }
        }
    }

    public void Write(OpenXmlElement outer, Block block, BlockScope scope)
    {
        if (block is TableBlock table)
        {
            SeparateFromTable(outer, table);
        }

        var container = block is FootnoteBlock || !scope.Controls ? outer : context.Controls.Open(outer, block);
        switch (block)
        {
            case HeadingBlock h:
                container.Append(Heading(h, scope));
                break;
            case ParagraphBlock p:
                container.Append(Paragraph(scope.ParagraphStyle, p.Inlines, scope.Links));
                break;
            case ListBlock l:
                WriteList(container, l, scope);
                break;
            case QuoteBlock q:
                Write(container, q.Blocks, scope with { ParagraphStyle = StyleIds.Quote });
                break;
            case CalloutBlock c:
                foreach (var element in new CalloutWriter(context, this).Create(c, scope))
                {
                    container.Append(element);
                }

                break;
            case TableBlock t:
                container.Append(TableWriter.Create(t, scope.Links, context.TextWidthTwips));
                break;
            case ImageBlock i:
                foreach (var element in context.Images.Create(i, context, scope))
                {
                    container.Append(element);
                }

                break;
            case ThematicBreakBlock:
                container.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.ThematicBreak })));
                break;
            case FootnoteBlock:
                break; // written to the footnotes part by FootnoteWriter
            default:
                throw new NotSupportedException($"the Word briefing has no mapping for {block.GetType().Name} ({block.Source})");
        }
    }

    public static Paragraph Paragraph(string style, IReadOnlyList<Inline> inlines, HyperlinkRegistry links, NumberingProperties? numbering = null)
    {
        var pPr = new ParagraphProperties();
        if (style != StyleIds.Normal)
        {
            pPr.Append(new ParagraphStyleId { Val = style });
        }

        if (numbering is not null)
        {
            pPr.Append(numbering);
        }

        var paragraph = pPr.HasChildren ? new Paragraph(pPr) : new Paragraph();
        InlineWriter.Write(paragraph, inlines, links);
        return paragraph;
    }

    private Paragraph Heading(HeadingBlock heading, BlockScope scope)
    {
        if (scope.InBox || scope.ListDepth > 0)
        {
            // Headings inside boxes or lists would break the outline; keep them as bold text there.
            return Paragraph(scope.ParagraphStyle, [new StrongInline(heading.Inlines)], scope.Links);
        }

        var level = context.WordHeadingLevel(heading);
        var paragraph = Paragraph(StyleIds.Heading(level), heading.Inlines, scope.Links);
        var id = context.NextBookmarkId();
        var name = "_Toc" + (100000 + id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        paragraph.InsertAfter(new BookmarkStart { Id = idText, Name = name }, paragraph.ParagraphProperties);
        paragraph.Append(new BookmarkEnd { Id = idText });
        context.Headings.Add(new TocEntry(level, heading.PlainText, name));
        return paragraph;
    }

    private void WriteList(OpenXmlElement container, ListBlock list, BlockScope scope)
    {
        var level = Math.Min(scope.ListDepth, 8);
        var numId = list.Ordered ? context.Lists.NewOrderedList(level, list.Start) : context.Lists.BulletNumId;
        var style = list.Ordered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var inner = scope with { ListDepth = scope.ListDepth + 1 };
        for (var index = 0; index < list.Items.Count; index++)
        {
            var item = list.Items[index];
            // The item's control holds its numbered paragraph (its first paragraph, which gets no control of its own).
            var itemContainer = scope.Controls ? context.Controls.Open(container, item) : container;
            var blocks = item.Blocks;
            var first = blocks.Count > 0 && blocks[0] is ParagraphBlock p ? p : null;
            itemContainer.Append(Paragraph(style, first?.Inlines ?? [], scope.Links, ListNumbering.Properties(level, numId)));
            foreach (var block in first is null ? blocks : blocks.Skip(1))
            {
                if (block is ParagraphBlock more)
                {
                    // A second paragraph of the same item: indented under it, not numbered.
                    var paragraph = Paragraph(StyleIds.ListContinue, more.Inlines, scope.Links);
                    if (level > 0)
                    {
                        // List Continue indents one level; deeper items need their own indent.
                        paragraph.ParagraphProperties!.Append(new Indentation { Left = Packaging.Units.Text(360 * (level + 1)) });
                    }
                    (scope.Controls ? context.Controls.Open(itemContainer, more) : itemContainer).Append(paragraph);
                }
                else
                {
                    Write(itemContainer, block, inner);
                }
            }

            if (!scope.InBox && KeepsItemWithNext(index, list.Items.Count))
            {
                KeepWithNext.ApplyToLast(container.LastChild);
            }
        }
    }

    /// <summary>Widow and orphan control for list items, as Word's widow control does for lines: the first item keeps
    /// with the second, and the item before the last keeps with it, so no page ends with a list's first item or begins
    /// with its last one alone. Not inside a box: its row never splits, and LibreOffice would read a keep on a box's
    /// first paragraph as the whole box keeping with what follows it.</summary>
    private static bool KeepsItemWithNext(int index, int count) => index < count - 1 && (index == 0 || index == count - 2);

    /// <summary>Word joins two tables that touch into one, so a table right after a table (a Markdown table after a
    /// box or another table) needs a paragraph between them; with no words to put there it can only be blank, which a
    /// screen reader announces, so the author is told. It goes before the table's content control, as layout.</summary>
    private void SeparateFromTable(OpenXmlElement outer, TableBlock table)
    {
        if (!BlockSpacing.EndsWithTable(outer))
        {
            return;
        }

        outer.Append(new Paragraph());
        context.Diagnostics.Warning(DiagnosticCodes.BriefingBlankParagraph, table.Source,
            "this table follows a box or another table directly; Word would join the two, so the briefing has a blank paragraph between them that screen readers announce",
            "write a sentence that introduces the table before it");
    }
}
