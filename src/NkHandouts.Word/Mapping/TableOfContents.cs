using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Mapping;

/// <summary>
/// A Word TOC field in Word's own table-of-contents content control. Its shown result lists the headings (linked to
/// their bookmarks) so readers that never update fields (LibreOffice, previews) still see it; Word refreshes it with
/// page numbers on open because settings ask it to update fields.
/// </summary>
internal static class TableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static SdtBlock Create(IReadOnlyList<TocEntry> entries)
    {
        var content = new SdtContentBlock(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TocHeading }),
            InlineWriter.TextRun("Contents")));
        var paragraphs = entries.Count == 0
            ? new List<Paragraph> { new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(1) }), InlineWriter.TextRun("Update the field to list the headings.")) }
            : entries.Select(Entry).ToList();
        var first = paragraphs[0];
        first.InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), first.ParagraphProperties);
        first.ChildElements[1].InsertAfterSelf(new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }));
        first.ChildElements[2].InsertAfterSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        // The field ends in the last entry, not in a paragraph of its own as Word writes it: that one would be blank
        // to a screen reader. The last entry keeps the gap that paragraph made before the text (18 pt).
        var last = paragraphs[^1];
        last.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        last.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "360" };
        content.Append(paragraphs);
        return new SdtBlock(
            new SdtProperties(
                new SdtId { Val = 1 },
                new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }

    private static Paragraph Entry(TocEntry entry) =>
        new(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Toc(entry.Level) }),
            new Hyperlink(InlineWriter.TextRun(entry.Text)) { Anchor = entry.Bookmark, History = OnOffValue.FromBoolean(true) });
}
