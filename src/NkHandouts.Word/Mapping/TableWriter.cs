using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Word.Packaging;
using NkHandouts.Word.Styles;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace NkHandouts.Word.Mapping;

/// <summary>A Markdown table as a Word table in the "Briefing Table" style; the header row is marked to repeat on
/// every page and to be read as a header by screen readers.</summary>
internal static class TableWriter
{
    public static Table Create(TableBlock block, HyperlinkRegistry links, int textWidthTwips)
    {
        var columns = Math.Max(1, block.Rows.Count == 0 ? 1 : block.Rows.Max(r => r.Cells.Count));
        var columnWidth = textWidthTwips / columns;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.BriefingTable },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = block.Header is not null, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = Units.Text(columnWidth) })));
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader)
            {
                tableRow.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            }

            for (var i = 0; i < columns; i++)
            {
                var inlines = i < row.Cells.Count ? row.Cells[i].Inlines : [];
                var paragraph = BlockWriter.Paragraph(StyleIds.Normal, inlines, links);
                var alignment = i < block.Alignments.Count ? block.Alignments[i] : TableAlignment.Default;
                if (alignment is TableAlignment.Center or TableAlignment.Right)
                {
                    // Alignment is part of the content (numbers line up), so it is direct paragraph formatting.
                    var pPr = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
                    pPr.Append(new Justification { Val = alignment == TableAlignment.Center ? JustificationValues.Center : JustificationValues.Right });
                }

                tableRow.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = Units.Text(columnWidth), Type = TableWidthUnitValues.Dxa }),
                    paragraph));
            }

            table.Append(tableRow);
        }

        return table;
    }
}
