using System.Text.RegularExpressions;

namespace NkHandouts.Import.Tests;

/// <summary>
/// A document edited and resaved by LibreOffice (which rewrites the whole package, drops the content controls' tags
/// and moves their titles) imports to exactly the same article as the original: every edit found, nothing else.
/// pandoc, a third reader, checks that no word of the edited document is lost.
/// </summary>
public sealed class LibreOfficeRoundTripTests(LibreOfficeFixture office) : IClassFixture<LibreOfficeFixture>
{
    [Theory]
    [InlineData("nk")]
    [InlineData("patient")]
    [InlineData("every")]
    public void Resaved_briefing_comes_back_byte_for_byte(string name)
    {
        var docx = office.Resaved(name);
        var article = office.ArticleFor(name);
        IdentityTests.AssertIdentity(article, RoundTrip.Import(docx, article, office.Folder, name + ".lo.docx"));
    }

    [Fact]
    public void A_document_LibreOffice_wrote_imports_into_the_same_new_article_as_pandocs()
    {
        ExternalTool.Require("pandoc", "pandoc");
        var result = ForeignDocumentTests.AssertNewArticle(office.Resaved("foreign"), "foreign-wound.md", ForeignDocumentTests.Expected, office.Folder);
        ForeignDocumentTests.AssertAudienceAssumed(Assert.Single(result.Diagnostics), result);
    }

    [Fact]
    public void Resaved_edits_give_exactly_the_expected_markdown()
    {
        var docx = office.Resaved("every-edited");
        var result = RoundTrip.Import(docx, office.Every.Path, office.Folder, "every-edited.lo.docx");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(SdkEditTests.Expected(File.ReadAllText(office.Every.Path)), result.NewText);
        var comment = Assert.Single(result.Comments);
        Assert.Equal(("Dr Reviewer", "Is this still current?", "Bullet item two"), (comment.Author, comment.Text, comment.Anchor));
        Assert.Equal("- Bullet item two", result.NewText.Split('\n')[comment.Location.Line - 1]);
    }

    [Fact]
    public void Resaved_tracked_changes_are_refused_then_accepted()
    {
        var docx = office.Resaved("every-tracked");
        var refused = RoundTrip.Import(docx, office.Every.Path, office.Folder, "every-tracked.lo.docx");
        Assert.True(refused.Refused);
        Assert.Equal(2, refused.Revisions.Count);
        Assert.All(refused.Revisions, r => Assert.Equal("Dr Editor", r.Author));

        var accepted = RoundTrip.Import(docx, office.Every.Path, office.Folder, "every-tracked.lo.docx", TrackChanges.Accept);
        Assert.Empty(accepted.Diagnostics);
        Assert.Equal(File.ReadAllText(office.Every.Path).Replace("Closing paragraph.[^2]", "Closing paragraph.[^2] Added with tracking.").Replace("> Quoted guidance paragraph.", "> Quoted paragraph."), accepted.NewText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_word_pandoc_reads_is_in_the_imported_article(bool resaved)
    {
        ExternalTool.Require("pandoc", "pandoc");
        var docx = resaved ? office.Resaved("every-edited") : SdkEditTests.Edited(RoundTrip.Briefing(office.Every.Path));
        var result = RoundTrip.Import(docx, office.Every.Path, office.Folder, "pandoc-check.docx");
        Assert.Empty(result.Diagnostics);

        // Furniture the briefing adds (labels, "Contents", the info line): words pandoc reads in the unedited
        // briefing that the article does not have.
        var original = File.ReadAllText(office.Every.Path);
        var furniture = Words(Pandoc(office.Resaved("every"))).Except(Words(original)).ToHashSet();
        var imported = Words(result.NewText);
        var missing = Words(Pandoc(docx)).Except(furniture).Except(imported).ToList();
        Assert.True(missing.Count == 0, "words pandoc read that the import lost: " + string.Join(", ", missing));
        Assert.Contains("edited", imported);
        Assert.Contains("typed", imported);
    }

    private string Pandoc(byte[] docx)
    {
        var path = Path.Combine(office.Folder, "pandoc-" + Guid.NewGuid().ToString("N")[..8] + ".docx");
        File.WriteAllBytes(path, docx);
        var run = ExternalTool.Run("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private static HashSet<string> Words(string text) =>
        Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value.ToLowerInvariant()).ToHashSet();
}
