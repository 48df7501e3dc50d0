using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Word.Styles;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// A myth, fact, key points or other callout as a label paragraph in the matching paragraph style ("Myth", "Fact"…)
/// followed by a one-cell table whose table style ("Myth Box", "Fact Box"…) gives the tint and edge; the label's
/// style continues the same tint and edge, so the two read as one box. A table, not a text box: it flows with the
/// text, splits across pages, and screen readers and LibreOffice read it in order. The label stands outside the
/// table so that two boxes in a row (a myth, then its fact) are never two touching tables — Word joins those into
/// one — and no blank paragraph is needed between them. Myths and facts differ by more than colour: the label
/// word, an icon (✖ or ✔, a symbol character, so the label's text stays the word alone for readers and import), and
/// the edge (dashed for a myth, solid for a fact; DefaultStyles).
/// </summary>
internal sealed class CalloutWriter(BriefingContext context, BlockWriter blocks)
{
    /// <summary>The font the icons are drawn from: the briefing's DejaVu Sans has both (and is embedded with them,
    /// UsedFonts); Word substitutes a symbol font that has them where it is missing.</summary>
    private const string IconFont = "DejaVu Sans";

    /// <summary>The icon before a myth's or fact's label: a symbol run (w:sym) followed by 5 pt of letter spacing
    /// rather than a space, so the label paragraph's text is the word alone.</summary>
    public static Run? Icon(CalloutKind kind)
    {
        var code = kind switch
        {
            CalloutKind.Myth => "2716", // ✖ heavy multiplication x
            CalloutKind.Fact => "2714", // ✔ heavy check mark
            _ => null,
        };
        return code is null ? null : new Run(new RunProperties(new Spacing { Val = 100 }), new SymbolChar { Font = IconFont, Char = code });
    }

    public IEnumerable<OpenXmlElement> Create(CalloutBlock callout, BlockScope scope)
    {
        var width = context.TextWidthTwips;
        var label = callout.Title ?? context.Furniture.Label(callout.Kind);
        var labelParagraph = BlockWriter.Paragraph(StyleIds.CalloutLabel(callout.Kind), [new TextInline(label)], scope.Links);
        if (Icon(callout.Kind) is { } icon)
        {
            labelParagraph.InsertAfter(icon, labelParagraph.ParagraphProperties);
        }

        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Packaging.Units.Text(width), Type = TableWidthUnitValues.Dxa }));
        blocks.Write(cell, callout.Blocks, scope with { ParagraphStyle = StyleIds.CalloutText, InBox = true, ListDepth = 0 });
        if (!EndsWithParagraph(cell))
        {
            // A cell must end with a paragraph; an empty one is all the format allows after a table at the end.
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.CalloutText })));
            context.Diagnostics.Warning(DiagnosticCodes.BriefingBlankParagraph, callout.Source,
                "this box ends with a table or an empty block; Word needs a paragraph after it, so the briefing has a blank paragraph there that screen readers announce",
                "end the box with a sentence");
        }

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.CalloutBox(callout.Kind) },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = label }),
            new TableGrid(new GridColumn { Width = Packaging.Units.Text(width) }),
            new TableRow(new TableRowProperties(new CantSplit()), cell));
        return [labelParagraph, table];
    }

    /// <summary>True when the last block of the cell, looking inside content controls, is a paragraph with content.</summary>
    private static bool EndsWithParagraph(OpenXmlElement element) => element.LastChild switch
    {
        Paragraph => true,
        SdtBlock { SdtContentBlock: { } content } => EndsWithParagraph(content),
        _ => false,
    };
}
