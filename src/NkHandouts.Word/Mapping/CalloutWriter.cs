using DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using NkHandouts.Content;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// A myth, fact, key points or other callout as a one-cell table whose table style ("Myth Box", "Fact Box"…) gives
/// the tint and edge, with a label paragraph in the matching paragraph style ("Myth", "Fact"…). A table, not a text
/// box: it flows with the text, splits across pages, and screen readers and LibreOffice read it in order.
/// </summary>
internal sealed class CalloutWriter(BriefingContext context, BlockWriter blocks)
{
    public Table Create(CalloutBlock callout, BlockScope scope)
    {
        var width = context.TextWidthTwips;
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Packaging.Units.Text(width), Type = TableWidthUnitValues.Dxa }));
        var label = callout.Title ?? context.Furniture.Label(callout.Kind);
        cell.Append(BlockWriter.Paragraph(StyleIds.CalloutLabel(callout.Kind), [new TextInline(label)], scope.Links));
        blocks.Write(cell, callout.Blocks, scope with { ParagraphStyle = StyleIds.CalloutText, InBox = true, ListDepth = 0 });
        if (!EndsWithParagraph(cell))
        {
            cell.Append(new Paragraph()); // a cell must end with a paragraph
        }

        return new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.CalloutBox(callout.Kind) },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = label }),
            new TableGrid(new GridColumn { Width = Packaging.Units.Text(width) }),
            new TableRow(new TableRowProperties(new CantSplit()), cell));
    }

    /// <summary>True when the last block of the cell, looking inside content controls, is a paragraph.</summary>
    private static bool EndsWithParagraph(DocumentFormat.OpenXml.OpenXmlElement element) => element.LastChild switch
    {
        Paragraph => true,
        SdtBlock { SdtContentBlock: { } content } => EndsWithParagraph(content),
        _ => false,
    };
}
