using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>
/// Tables wider than a template's <c>limits.maxTableColumns</c> cannot be read on a page (a 25-column table sets one
/// letter per line). Applied to the model before any renderer sees it, so PDF, Word and HTML agree: in outputs for
/// patients the table is refused (an error at the table: rewrite it); elsewhere each row becomes a list of
/// "Header: value" items (stacked layout) with a warning.
/// </summary>
public static class WideTables
{
    public static Article Apply(Article article, int maxColumns, bool refuse, DiagnosticBag diagnostics)
    {
        var changed = false;
        IReadOnlyList<Block> Walk(IReadOnlyList<Block> blocks)
        {
            var result = new List<Block>(blocks.Count);
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case TableBlock table when Columns(table) > maxColumns:
                        var columns = Columns(table);
                        if (refuse)
                        {
                            diagnostics.Error(DiagnosticCodes.TableTooWide, table.Source, $"table has {columns} columns; patient outputs hold at most {maxColumns} (limits.maxTableColumns)",
                                "split it into narrower tables, or write it as a list; a table that wide cannot be read on a leaflet page");
                            result.Add(table);
                        }
                        else
                        {
                            diagnostics.Warning(DiagnosticCodes.TableTooWide, table.Source, $"table has {columns} columns, more than {maxColumns} (limits.maxTableColumns); it is set as one list per row",
                                "split it into narrower tables, or raise limits.maxTableColumns in the template");
                            result.AddRange(Stack(table));
                            changed = true;
                        }

                        break;
                    case CalloutBlock c:
                        result.Add(c with { Blocks = Walk(c.Blocks) });
                        break;
                    case QuoteBlock q:
                        result.Add(q with { Blocks = Walk(q.Blocks) });
                        break;
                    default:
                        result.Add(block);
                        break;
                }
            }

            return result;
        }

        var blocks = Walk(article.Blocks);
        return changed ? article with { Blocks = blocks } : article;
    }

    private static int Columns(TableBlock table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);

    /// <summary>One unordered list per body row: "Header: value" for each non-empty cell.</summary>
    private static IEnumerable<Block> Stack(TableBlock table)
    {
        var header = table.Header;
        foreach (var row in table.Rows.Where(r => !r.IsHeader))
        {
            var items = new List<ListItemBlock>();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (cell.Inlines.Count == 0)
                {
                    continue;
                }

                var label = header is not null && i < header.Cells.Count ? header.Cells[i].PlainText : "";
                IReadOnlyList<Inline> inlines = label.Length == 0 ? cell.Inlines : [new StrongInline([new TextInline(label + ":")]), new TextInline(" "), .. cell.Inlines];
                items.Add(new ListItemBlock(table.Source, [new ParagraphBlock(table.Source, inlines)]));
            }

            if (items.Count > 0)
            {
                yield return new ListBlock(table.Source, Ordered: false, Start: 1, items);
            }
        }
    }
}
