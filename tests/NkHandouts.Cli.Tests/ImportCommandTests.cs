using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Cli.Tests;

/// <summary>`nkhandouts import` end to end: build a briefing, edit it as Word would, import it back.</summary>
public sealed class ImportCommandTests
{
    private const string Briefing = "nk-cell-therapy-myths.clinician-briefing.docx";
    // The briefing prints the loader's typographic apostrophe (the article has a straight one).
    private const string Sentence = "It\u2019s crucial to separate the exciting science from the hype.";

    private static string Built(ProjectCopy project)
    {
        var build = CliRunner.Run(project.Args("build", "--only", "*.docx"));
        Assert.True(build.Exit == 0, build.Out + build.Err);
        return Path.Combine(project.Out, Briefing);
    }

    private static void Edit(string docx, Action<Body, WordprocessingDocument> edit)
    {
        using var doc = WordprocessingDocument.Open(docx, true);
        edit(doc.MainDocumentPart!.Document!.Body!, doc);
    }

    private static Paragraph Find(Body body, string text) =>
        body.Descendants<Paragraph>().First(p => p.InnerText.Contains(text, StringComparison.Ordinal) && !p.Ancestors<SdtBlock>().Any(s => s.SdtProperties?.GetFirstChild<SdtContentDocPartObject>() is not null));

    private static void Replace(Paragraph p, string from, string to)
    {
        foreach (var t in p.Descendants<WText>().Where(t => t.Text.Contains(from, StringComparison.Ordinal)))
        {
            t.Text = t.Text.Replace(from, to, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unchanged_briefing_imports_to_an_empty_diff()
    {
        using var project = new ProjectCopy();
        var (exit, output, error) = CliRunner.Run("import", Built(project), "--content", project.Content);
        Assert.True(exit == 0, error);
        Assert.Equal("", output);
    }

    /// <summary>A list nested past the template's limits.maxNestingDepth is set flat in the briefing (NK125); importing
    /// the briefing, unedited, wrote that flattening back into the Markdown, and an edit there rewrote the list as
    /// paragraphs. The briefing records the depth; import compares with the article flattened the same way. Through the
    /// real executable in a child process.</summary>
    [Fact]
    public void A_list_nested_past_the_limit_comes_back_as_it_was_with_only_the_edit()
    {
        using var project = new ProjectCopy();
        var article = Path.Combine(project.Content, "nk-cell-therapy-myths.md");
        File.AppendAllText(article, "\n" + string.Concat(Enumerable.Range(0, 8).Select(i => new string(' ', 2 * i) + $"- Level {i} item with a few words in it.\n")));
        var build = CliProcess.Run(project.Root, null, project.Args("build", "--only", "*.docx"));
        Assert.True(build.Exit == 0, build.Out + build.Err);
        Assert.Contains("warning NK125: quotes, lists and boxes are nested 8 deep here", build.Err, StringComparison.Ordinal);
        var docx = Path.Combine(project.Out, Briefing);

        var unedited = CliProcess.Run(project.Root, null, "import", docx, "--content", project.Content);
        Assert.True(unedited.Exit == 0, unedited.Err);
        Assert.Equal("", unedited.Out);

        Edit(docx, (body, _) => Replace(Find(body, "Level 6 item"), "a few words", "a few edited words"));
        var edited = CliProcess.Run(project.Root, null, "import", docx, "--content", project.Content);
        Assert.True(edited.Exit == 0, edited.Err);
        var changed = edited.Out.Split('\n').Where(l => l.Length > 1 && l[0] is '+' or '-' && !l.StartsWith("+++", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal)).ToList();
        Assert.Equal(["-            - Level 6 item with a few words in it.", "+            - Level 6 item with a few edited words in it."], changed);
    }

    /// <summary>A table wider than limits.maxTableColumns is set as one list per row in the briefing (NK123). Importing
    /// that briefing, even unedited, turned the table into those lists in the Markdown (with --write, saved, exit 0).
    /// The lists have no place in the article, so import refuses the briefing at the table's line (NK708) and writes
    /// nothing. Through the real executable in a child process.</summary>
    [Fact]
    public void A_table_the_briefing_set_as_lists_is_refused_at_its_line_and_nothing_is_written()
    {
        using var project = new ProjectCopy();
        var article = Path.Combine(project.Content, "nk-cell-therapy-myths.md");
        var line = File.ReadAllLines(article).Length + 2;
        var columns = Enumerable.Range(1, 9).ToList();
        File.AppendAllText(article, "\n| " + string.Join(" | ", columns.Select(c => $"Week {c}")) + " |\n|" + string.Concat(columns.Select(_ => "---|")) + "\n| "
            + string.Join(" | ", columns.Select(c => $"dose {c}")) + " |\n");
        var before = File.ReadAllText(article);
        var build = CliProcess.Run(project.Root, null, project.Args("build", "--only", "*.docx"));
        Assert.True(build.Exit == 0, build.Out + build.Err);
        Assert.Contains("warning NK123", build.Err, StringComparison.Ordinal);
        var docx = Path.Combine(project.Out, Briefing);

        var imported = CliProcess.Run(project.Root, null, "import", docx, "--content", project.Content, "--write");
        Assert.Equal(1, imported.Exit);
        Assert.Contains($"nk-cell-therapy-myths.md:{line}:1: error NK708: the briefing set this table as lists", imported.Err, StringComparison.Ordinal);
        Assert.Equal("", imported.Out);
        Assert.Equal(before, File.ReadAllText(article));
    }

    [Fact]
    public void Edit_prints_a_unified_diff_and_write_replaces_the_article()
    {
        using var project = new ProjectCopy();
        var docx = Built(project);
        var article = Path.Combine(project.Content, "nk-cell-therapy-myths.md");
        var before = File.ReadAllText(article);
        Edit(docx, (body, _) => Replace(Find(body, Sentence), "from the hype", "from the marketing hype"));

        var (exit, output, error) = CliRunner.Run("import", docx, "--content", project.Content);
        Assert.True(exit == 0, error);
        Assert.Contains("--- a/", output);
        Assert.Contains("+++ b/", output);
        Assert.Contains("@@ -", output);
        Assert.Contains("+In the rapidly advancing world", output);
        Assert.Contains("from the marketing hype.", output);
        Assert.Equal(before, File.ReadAllText(article));

        var written = CliRunner.Run("import", docx, "--content", project.Content, "--write");
        Assert.True(written.Exit == 0, written.Err);
        Assert.Equal(before.Replace("from the hype", "from the marketing hype", StringComparison.Ordinal), File.ReadAllText(article));
        Assert.Equal("", CliRunner.Run("import", docx, "--content", project.Content).Out);
    }

    [Fact]
    public void Json_format_and_comment_formats()
    {
        using var project = new ProjectCopy();
        var docx = Built(project);
        Edit(docx, (body, doc) =>
        {
            var p = Find(body, Sentence);
            var part = doc.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>();
            part.Comments = new Comments(new Comment(new Paragraph(new Run(new WText("Cite a source here.")))) { Id = "1", Author = "Dr Reviewer", Date = new DateTime(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc) });
            p.Elements<Run>().First().InsertBeforeSelf(new CommentRangeStart { Id = "1" });
            p.Append(new CommentRangeEnd { Id = "1" }, new Run(new CommentReference { Id = "1" }));
        });

        var json = CliRunner.Run("import", docx, "--content", project.Content, "--format", "json");
        Assert.True(json.Exit == 0, json.Err);
        using var parsed = JsonDocument.Parse(json.Out);
        Assert.Equal(0, parsed.RootElement.GetProperty("changed").GetInt32());
        var comment = parsed.RootElement.GetProperty("comments")[0];
        Assert.Equal("Dr Reviewer", comment.GetProperty("author").GetString());
        Assert.Equal(26, comment.GetProperty("line").GetInt32());

        var github = CliRunner.Run("import", docx, "--content", project.Content, "--comments", "github");
        Assert.Matches(@"::notice file=[^,]*nk-cell-therapy-myths\.md,line=26,col=1,title=Comment by Dr Reviewer::Dr Reviewer \(2026-01-15T09:30:00Z\) on ""In the rapidly", github.Err);
        var text = CliRunner.Run("import", docx, "--content", project.Content);
        Assert.Matches(@"nk-cell-therapy-myths\.md:26:1: comment: Dr Reviewer", text.Err);

        using var dir = new TempDir();
        var sarifPath = dir.Combine("comments.sarif");
        Assert.Equal(0, CliRunner.Run("import", docx, "--content", project.Content, "--comments", "sarif", "--comments-file", sarifPath).Exit);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal(26, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Tracked_changes_are_refused_with_exit_1_and_accept_applies_them()
    {
        using var project = new ProjectCopy();
        var docx = Built(project);
        Edit(docx, (body, _) => Find(body, Sentence).Append(new InsertedRun(new Run(new WText(" Tracked addition.") { Space = SpaceProcessingModeValues.Preserve })) { Author = "Dr Editor", Date = new DateTime(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc), Id = "5" }));

        var refused = CliRunner.Run("import", docx, "--content", project.Content);
        Assert.Equal(1, refused.Exit);
        Assert.Matches(@"nk-cell-therapy-myths\.md:26:1: error NK702: .*tracked insertion by Dr Editor on 2026-01-15T09:30:00Z", refused.Err);
        Assert.Equal("", refused.Out);

        var accepted = CliRunner.Run("import", docx, "--content", project.Content, "--track-changes", "accept");
        Assert.Equal(0, accepted.Exit);
        Assert.Contains("Tracked addition.", accepted.Out);
        var rejected = CliRunner.Run("import", docx, "--content", project.Content, "--track-changes", "reject");
        Assert.Equal(("", 0), (rejected.Out, rejected.Exit));
    }

    [Fact]
    public void A_document_naming_no_article_needs_article()
    {
        using var dir = new TempDir();
        var docx = dir.Combine("plain.docx");
        using (var doc = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new WText("Hello.")))));
        }

        var (exit, _, error) = CliRunner.Run("import", docx);
        Assert.Equal(1, exit);
        Assert.Contains("error NK704", error);
        Assert.Equal(2, CliRunner.Run("import", dir.Combine("missing.docx")).Exit);
        File.WriteAllText(dir.Combine("not.docx"), "plain text");
        Assert.Contains("error NK705", CliRunner.Run("import", dir.Combine("not.docx"), "--article", dir.Combine("x.md")).Err);
    }
}
