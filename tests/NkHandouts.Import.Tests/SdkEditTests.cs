using DocumentFormat.OpenXml.Wordprocessing;

namespace NkHandouts.Import.Tests;

/// <summary>Edits stored the way Word stores them come back as exactly the expected Markdown diff, and nothing else.</summary>
public sealed class SdkEditTests : IDisposable
{
    private readonly EveryConstruct _every = new();

    public void Dispose() => _every.Dispose();

    /// <summary>The edits of <see cref="Edited"/>, as the article should read after import.</summary>
    public static string Expected(string original) => original
        .Replace("Fact callout text with **bold** words.", "Fact callout text with **very bold** words, _edited_.")
        .Replace("A paragraph between the lists.\n", "A paragraph between the lists.\n\nA paragraph typed in Word after it.\n")
        .Replace("- Key point one\n- Key point two\n", "- Key point one\n")
        .Replace("Myth callout text.\n", "Myth callout text.\n\nMyth callout text.\n")
        .Replace("| Cell two | 20 | plain |\n", "| Cell two | 20 | plain |\n| Cell three | 30 | added |\n")
        .Replace("### Sub Heading Beta", "### Sub Heading Beta, renamed");

    /// <summary>Text changed inside runs split by formatting, a paragraph inserted, a list item deleted, a paragraph
    /// copied with its content control, a table row added, a heading renamed, and a comment.</summary>
    public static byte[] Edited(byte[] briefing) => RoundTrip.Edit(briefing, doc =>
    {
        WordEdits.SetRuns(WordEdits.Find(doc, "Fact callout text with"),
            WordEdits.TextRun("Fact callout "), WordEdits.TextRun("text with "), WordEdits.TextRun("very ", "Strong"), WordEdits.TextRun("bold", "Strong"),
            WordEdits.TextRun(" words, "), WordEdits.TextRun("edited", "Emphasis"), WordEdits.TextRun("."));
        WordEdits.InsertAfter(WordEdits.Find(doc, "A paragraph between the lists."), WordEdits.TextRun("A paragraph typed in Word after it."));
        WordEdits.Delete(WordEdits.Find(doc, "Key point two"));
        WordEdits.Duplicate(WordEdits.Find(doc, "Myth callout text."));
        var row = WordEdits.Find(doc, "Cell two").Ancestors<TableRow>().First();
        var copy = (TableRow)row.CloneNode(true);
        var texts = copy.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().ToList();
        texts[0].Text = "Cell three";
        texts[1].Text = "30";
        texts[2].Text = "added";
        row.InsertAfterSelf(copy);
        var heading = WordEdits.Find(doc, "Sub Heading Beta");
        heading.Elements<Run>().Last().Append(new DocumentFormat.OpenXml.Wordprocessing.Text(", renamed") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        WordEdits.Comment(doc, WordEdits.Find(doc, "Bullet item two"), "7", "Dr Reviewer", "Is this still current?");
    });

    [Fact]
    public void Word_edits_give_exactly_the_expected_markdown()
    {
        var original = File.ReadAllText(_every.Path);
        var result = RoundTrip.Import(Edited(RoundTrip.Briefing(_every.Path)), _every.Path, _every.Folder);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Expected(original), result.NewText);
        Assert.Equal((2, 3, 1), (result.Changed, result.Added, result.Deleted));
        Assert.Contains("+A paragraph typed in Word after it.", result.Diff);
        Assert.Contains("-- Key point two", result.Diff);
    }

    [Fact]
    public void Comments_are_located_at_their_markdown_block()
    {
        var result = RoundTrip.Import(Edited(RoundTrip.Briefing(_every.Path)), _every.Path, _every.Folder);
        var comment = Assert.Single(result.Comments);
        Assert.Equal(("Dr Reviewer", "2026-01-15T09:30:00Z", "Is this still current?", "Bullet item two"), (comment.Author, comment.Date, comment.Text, comment.Anchor));
        var lines = result.NewText.Split('\n');
        Assert.Equal("- Bullet item two", lines[comment.Location.Line - 1]);
        Assert.Equal(3, comment.Location.Column);
    }

    [Fact]
    public void Tracked_changes_are_refused_by_default_with_author_date_and_place()
    {
        var docx = Tracked(RoundTrip.Briefing(_every.Path));
        var result = RoundTrip.Import(docx, _every.Path, _every.Folder);
        Assert.True(result.Refused);
        Assert.Equal(File.ReadAllText(_every.Path), result.NewText);
        Assert.Equal(2, result.Revisions.Count);
        Assert.Equal(["deletion", "insertion"], result.Revisions.Select(r => r.Kind));
        Assert.All(result.Revisions, r => Assert.Equal(("Dr Editor", "2026-01-15T09:30:00Z"), (r.Author, r.Date)));
        var errors = result.Diagnostics.Where(d => d.Code == "NK702").ToList();
        Assert.Equal(2, errors.Count);
        var lines = File.ReadAllLines(_every.Path);
        Assert.Equal("> Quoted guidance paragraph.", lines[errors[0].Location.Line - 1]);
        Assert.Equal(3, errors[0].Location.Column);
        Assert.Equal("Closing paragraph.[^2]", lines[errors[1].Location.Line - 1]);
    }

    [Fact]
    public void Accepting_tracked_changes_applies_them()
    {
        var original = File.ReadAllText(_every.Path);
        var result = RoundTrip.Import(Tracked(RoundTrip.Briefing(_every.Path)), _every.Path, _every.Folder, track: TrackChanges.Accept);
        Assert.False(result.Refused);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(original.Replace("Closing paragraph.[^2]", "Closing paragraph.[^2] Added with tracking.").Replace("> Quoted guidance paragraph.", "> Quoted paragraph."), result.NewText);
    }

    [Fact]
    public void Rejecting_tracked_changes_keeps_the_article()
    {
        var result = RoundTrip.Import(Tracked(RoundTrip.Briefing(_every.Path)), _every.Path, _every.Folder, track: TrackChanges.Reject);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(File.ReadAllText(_every.Path), result.NewText);
    }

    /// <summary>A tracked insertion at the end of the closing paragraph and a tracked deletion in the quote.</summary>
    public static byte[] Tracked(byte[] briefing) => RoundTrip.Edit(briefing, doc =>
    {
        WordEdits.Find(doc, "Closing paragraph.").Append(WordEdits.TrackedInsertion(" Added with tracking.", "Dr Editor", "101"));
        WordEdits.TrackDeletion(WordEdits.Find(doc, "Quoted guidance paragraph."), " guidance", "Dr Editor", "102");
    });
}
