using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>Markdown footnotes as real Word footnotes: numbered by Word, at the foot of the page, editable in place.
/// Ids -1 and 0 are Word's separator lines; footnote n keeps Markdown's number n.</summary>
internal static class FootnoteWriter
{
    public const string RelationshipId = "rIdFootnotes";

    public static void Write(MainDocumentPart main, IReadOnlyList<FootnoteBlock> footnotes, BriefingContext context)
    {
        var part = main.AddNewPart<FootnotesPart>(RelationshipId);
        var root = new Footnotes(
            new Footnote(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new Run(new SeparatorMark())))
            { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new Run(new ContinuationSeparatorMark())))
            { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });

        var links = new HyperlinkRegistry(part, "rIdFnLink");
        var blocks = new BlockWriter(context);
        var scope = new BlockScope(links, StyleIds.FootnoteText, InBox: true);
        foreach (var note in footnotes)
        {
            var footnote = new Footnote { Id = note.Number };
            blocks.Write(footnote, note.Blocks, scope);

            // Word has no footnote inside a footnote: a reference in a note's own text stays as its plain number.
            foreach (var nested in footnote.Descendants<FootnoteReference>().ToList())
            {
                nested.InsertAfterSelf(new DocumentFormat.OpenXml.Wordprocessing.Text(nested.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                nested.Remove();
            }
            ContentControls.RemoveEmpty(footnote);
            var first = footnote.Descendants<Paragraph>().FirstOrDefault();
            if (first is null)
            {
                first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }));
                footnote.PrependChild(first);
            }

            // The footnote's own number mark, then a space, before its text.
            var mark = new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark());
            var space = InlineWriter.TextRun(" ");
            if (first.ParagraphProperties is { } pPr)
            {
                pPr.InsertAfterSelf(mark);
            }
            else
            {
                first.PrependChild(mark);
            }

            mark.InsertAfterSelf(space);
            root.Append(footnote);
        }

        part.Footnotes = root;
    }
}
