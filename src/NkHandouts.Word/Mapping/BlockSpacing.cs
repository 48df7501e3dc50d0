using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// The space after a table (a box or a Markdown table) as the next paragraph's "space before": a table has no space
/// after of its own, and a blank spacer paragraph would be announced as "blank" by screen readers. A paragraph whose
/// style already asks for more (a heading) keeps its own.
/// </summary>
internal static class BlockSpacing
{
    /// <summary>8 pt, in twips: the gap a box or table keeps from what follows.</summary>
    public const int AfterTable = 160;

    /// <summary>True when the last block in <paramref name="container"/>, looking inside content controls, is a table.</summary>
    public static bool EndsWithTable(OpenXmlElement container) => Blocks(container).LastOrDefault() is Table;

    public static void Apply(OpenXmlElement container, WStyles styles)
    {
        var blocks = Blocks(container).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Table table)
            {
                continue;
            }

            foreach (var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table))
            {
                Apply(cell, styles);
            }

            if (i + 1 < blocks.Count && blocks[i + 1] is Paragraph next && SpaceBefore(next, styles) < AfterTable)
            {
                var pPr = next.ParagraphProperties ??= new ParagraphProperties();
                var spacing = pPr.SpacingBetweenLines ??= new SpacingBetweenLines();
                spacing.Before = Packaging.Units.Text(AfterTable);
            }
        }
    }

    /// <summary>Paragraphs and tables in reading order, with content controls opened.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock { SdtContentBlock: { } content }:
                    foreach (var inner in Blocks(content))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>The paragraph's space before in twips: its own, else its style's (following basedOn), else the
    /// document default.</summary>
    private static int SpaceBefore(Paragraph p, WStyles styles)
    {
        if (p.ParagraphProperties?.SpacingBetweenLines?.Before?.Value is { } own)
        {
            return Parse(own);
        }

        var byId = styles.Elements<Style>().Where(s => s.StyleId?.Value is not null).GroupBy(s => s.StyleId!.Value!).ToDictionary(g => g.Key, g => g.First());
        var id = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        for (var depth = 0; id is not null && depth < 20 && byId.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.SpacingBetweenLines?.Before?.Value is { } styled)
            {
                return Parse(styled);
            }

            id = style.BasedOn?.Val?.Value;
        }

        return styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.SpacingBetweenLines?.Before?.Value is { } d ? Parse(d) : 0;
    }

    private static int Parse(string twips) => int.TryParse(twips, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
}
