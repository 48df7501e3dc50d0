using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Import.Tests;

/// <summary>Edits made with the Open XML SDK the way Word stores them: runs split by formatting, paragraphs added
/// inside the content control of the paragraph before (where Word puts a paragraph typed after pressing Enter),
/// tracked insertions and deletions with author and date, comments with ranges.</summary>
internal static class WordEdits
{
    public static readonly DateTime When = new(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc);

    public static Paragraph Find(WordprocessingDocument doc, string text) =>
        doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .First(p => p.InnerText.Contains(text, StringComparison.Ordinal) && !p.Ancestors<SdtBlock>().Any(s => s.SdtProperties?.GetFirstChild<SdtContentDocPartObject>() is not null));

    public static Run TextRun(string text, string? style = null)
    {
        var run = new Run();
        if (style is not null)
        {
            run.Append(new RunProperties(new RunStyle { Val = style }));
        }

        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Replaces a paragraph's runs, keeping its properties.</summary>
    public static void SetRuns(Paragraph p, params Run[] runs)
    {
        foreach (var child in p.ChildElements.Where(c => c is not ParagraphProperties).ToList())
        {
            child.Remove();
        }

        p.Append(runs);
    }

    /// <summary>A new paragraph after <paramref name="after"/>, with the same style.</summary>
    public static Paragraph InsertAfter(Paragraph after, params Run[] runs)
    {
        var p = new Paragraph();
        if (after.ParagraphProperties is { } pPr)
        {
            p.Append(pPr.CloneNode(true));
        }

        p.Append(runs);
        after.InsertAfterSelf(p);
        return p;
    }

    /// <summary>Removes the paragraph with its content control, as deleting the whole item in Word does.</summary>
    public static void Delete(Paragraph p)
    {
        var sdt = p.Parent is SdtContentBlock content && content.ChildElements.Count == 1 ? content.Parent : null;
        (sdt ?? p).Remove();
    }

    /// <summary>Copies the paragraph and its content control (same tag) after it: copy and paste of a whole paragraph.</summary>
    public static void Duplicate(Paragraph p)
    {
        OpenXmlElement element = p.Parent is SdtContentBlock { Parent: SdtBlock sdt } ? sdt : p;
        element.InsertAfterSelf(element.CloneNode(true));
    }

    public static void Comment(WordprocessingDocument doc, Paragraph p, string id, string author, string text)
    {
        var main = doc.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        part.Comments.Append(new Comment(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)))) { Id = id, Author = author, Date = When, Initials = "RV" });
        var firstRun = p.Elements<Run>().First();
        firstRun.InsertBeforeSelf(new CommentRangeStart { Id = id });
        p.Elements<Run>().Last().InsertAfterSelf(new CommentRangeEnd { Id = id });
        p.Append(new Run(new RunProperties(new RunStyle { Val = "CommentReference" }), new CommentReference { Id = id }));
    }

    public static InsertedRun TrackedInsertion(string text, string author, string id) =>
        new(TextRun(text)) { Author = author, Date = When, Id = id };

    /// <summary>Marks the runs holding <paramref name="text"/> deleted (splitting the run around it).</summary>
    public static void TrackDeletion(Paragraph p, string text, string author, string id)
    {
        var run = p.Descendants<Run>().First(r => r.InnerText.Contains(text, StringComparison.Ordinal));
        var whole = run.InnerText;
        var at = whole.IndexOf(text, StringComparison.Ordinal);
        var before = TextRun(whole[..at]);
        var after = TextRun(whole[(at + text.Length)..]);
        var deleted = new DeletedRun(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Author = author, Date = When, Id = id };
        run.InsertBeforeSelf(before);
        run.InsertBeforeSelf(deleted);
        run.InsertBeforeSelf(after);
        run.Remove();
    }
}
