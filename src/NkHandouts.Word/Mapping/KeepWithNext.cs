using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// Word's "keep with next" (<c>w:keepNext</c>) on written paragraphs. Word has no keep for a table as such: a table
/// stays with the paragraph after it when every paragraph in it keeps with next, the last paragraph of its last row
/// included (Word reads it so), which is how a myth's box stays on the page of its fact.
/// </summary>
/// <remarks>
/// LibreOffice (7.4 checked) keeps a Word table with what follows only through its "table row keep" emulation, and
/// turns that off for a table that may not split, which is how it imports a one-row table whose row is
/// <c>w:cantSplit</c>: the box then ended one page and its fact began the next. So a kept one-row table drops
/// <c>w:cantSplit</c>, and every paragraph in it also keeps its lines together (<c>w:keepLines</c>), which holds the
/// row whole in Word; LibreOffice never splits a row that keeps with next.
/// </remarks>
internal static class KeepWithNext
{
    /// <summary>Every paragraph of <paramref name="element"/> (itself, or those in a table or content control).</summary>
    public static void Apply(OpenXmlElement? element)
    {
        if (element is null)
        {
            return;
        }

        if (element is Paragraph self)
        {
            Apply(self, keepLines: false);
            return;
        }

        foreach (var table in element is Table t ? [t] : element.Descendants<Table>().ToList())
        {
            HoldRowsWhole(table);
        }

        foreach (var p in element.Descendants<Paragraph>().ToList())
        {
            Apply(p, keepLines: p.Ancestors<TableRow>().Any(row => row.TableRowProperties?.GetFirstChild<CantSplit>() is null));
        }
    }

    /// <summary>The last paragraph of <paramref name="element"/>: Word has no "keep with previous", so what comes
    /// before a closing note keeps with it.</summary>
    public static void ApplyToLast(OpenXmlElement? element)
    {
        if ((element as Paragraph ?? element?.Descendants<Paragraph>().LastOrDefault()) is { } p)
        {
            Apply(p, keepLines: false);
        }
    }

    /// <summary>A one-row table's row loses <c>w:cantSplit</c> (see remarks); its paragraphs keep their lines instead.
    /// Tables of more rows keep theirs: LibreOffice lets those split between rows, so their keep holds.</summary>
    private static void HoldRowsWhole(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        if (rows.Count != 1 || rows[0].TableRowProperties is not { } trPr)
        {
            return;
        }

        trPr.RemoveAllChildren<CantSplit>();
        if (!trPr.HasChildren)
        {
            trPr.Remove();
        }
    }

    private static void Apply(Paragraph p, bool keepLines)
    {
        var pPr = p.ParagraphProperties ??= new ParagraphProperties();

        // keepNext, then keepLines, directly follow pStyle in a paragraph's properties (CT_PPrBase order).
        var keepNext = pPr.GetFirstChild<KeepNext>();
        if (keepNext is null)
        {
            keepNext = new KeepNext();
            if (pPr.ParagraphStyleId is { } style)
            {
                style.InsertAfterSelf(keepNext);
            }
            else
            {
                pPr.PrependChild(keepNext);
            }
        }

        if (keepLines && pPr.GetFirstChild<KeepLines>() is null)
        {
            keepNext.InsertAfterSelf(new KeepLines());
        }
    }
}
