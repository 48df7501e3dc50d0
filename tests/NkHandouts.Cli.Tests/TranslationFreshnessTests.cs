namespace NkHandouts.Cli.Tests;

/// <summary>
/// A translation whose English source is edited after the recorded hash: <c>validate</c> and <c>build</c> warn with
/// both paths, <c>list</c> marks it outdated, and a template with <c>staleTranslation: fail</c> refuses to build it.
/// </summary>
public sealed class TranslationFreshnessTests
{
    private const string Spanish = "nk-cell-therapy-myths.patient.es.md";
    private const string English = "nk-cell-therapy-myths.patient.md";

    private static (int Exit, string Out, string Err) Run(ProjectCopy p, params string[] command) =>
        CliRunner.Run([.. command, "--content", p.Content, "--templates", p.Templates]);

    /// <summary>Records the English file's current hash in the copy, so these tests do not depend on whether the
    /// repository's translation happens to be up to date today.</summary>
    private static ProjectCopy Fresh()
    {
        var p = new ProjectCopy();
        var spanish = Path.Combine(p.Content, Spanish);
        var hash = NkHandouts.Content.TranslationHash.OfFile(Path.Combine(p.Content, English));
        File.WriteAllText(spanish, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spanish), "sha256: [0-9a-f]{64}", "sha256: " + hash));
        return p;
    }

    private static void EditEnglish(ProjectCopy p) =>
        File.AppendAllText(Path.Combine(p.Content, English), "\nA sentence added to the English after the translation.\n");

    [Fact]
    public void AnUpToDateTranslationGivesNoWarning()
    {
        using var p = Fresh();
        var (_, output, error) = Run(p, "validate");
        Assert.DoesNotContain("NK131", output + error, StringComparison.Ordinal);
        var (_, list, _) = Run(p, "list");
        Assert.Contains("up to date", list, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAndListWarnWithBothPathsAfterTheSourceChanges()
    {
        using var p = Fresh();
        EditEnglish(p);
        var (exit, output, error) = Run(p, "validate");
        Assert.Equal(0, exit); // a warning by default
        var line = (output + error).Split('\n').Single(l => l.Contains("NK131", StringComparison.Ordinal));
        Assert.Contains(Spanish, line, StringComparison.Ordinal);
        Assert.Contains(English, line, StringComparison.Ordinal);
        Assert.Contains("warning", line, StringComparison.Ordinal);

        var (_, list, _) = Run(p, "list");
        Assert.Contains("OUTDATED", list, StringComparison.Ordinal);
        Assert.Contains($"outdated translation: {Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, p.Content), Spanish)}", list, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovingTheEnglishOrChangingItsTemplatesKeepsTheTranslationCurrent()
    {
        using var p = Fresh();
        var english = Path.Combine(p.Content, English);
        var text = File.ReadAllText(english);
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^status: .*$", "status: approved\napprovedBy: Dr. A. Example\napproved: 2026-01-05");
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^reviewBy: .*$", "reviewBy: 2027-12-19");
        File.WriteAllText(english, text);
        var (_, output, error) = Run(p, "validate");
        Assert.DoesNotContain("NK131", output + error, StringComparison.Ordinal);

        // ...while a change to a word of the front matter's text does make it outdated.
        File.WriteAllText(english, text.Replace("title: ", "title: Revised: ", StringComparison.Ordinal));
        var (_, after, afterError) = Run(p, "validate");
        Assert.Contains("NK131", after + afterError, StringComparison.Ordinal);
    }

    [Fact]
    public void AHashRecordedOverTheWholeFileByAnEarlierVersionStaysCurrentUntilTheSourceChanges()
    {
        using var p = Fresh();
        var spanish = Path.Combine(p.Content, Spanish);
        var whole = NkHandouts.Content.TranslationHash.OfWholeText(File.ReadAllText(Path.Combine(p.Content, English)));
        File.WriteAllText(spanish, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spanish), "sha256: [0-9a-f]{64}", "sha256: " + whole));
        var (_, output, error) = Run(p, "validate");
        Assert.DoesNotContain("NK131", output + error, StringComparison.Ordinal);
        EditEnglish(p);
        var (_, after, afterError) = Run(p, "validate");
        Assert.Contains("NK131", after + afterError, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildWarnsByDefaultAndATemplateCanRefuse()
    {
        using var p = Fresh();
        EditEnglish(p);
        var warned = CliRunner.Run(p.Args("build", "--only", "*.es.booklet-a5.a5.pdf"));
        Assert.Equal(0, warned.Exit);
        Assert.Contains("NK131", warned.Out + warned.Err, StringComparison.Ordinal);
        Assert.Contains("nk-cell-therapy-myths.patient.es.booklet-a5.a5.pdf", p.Outputs());

        var yaml = Path.Combine(p.Templates, "booklet-a5", "template.yaml");
        File.AppendAllText(yaml, "staleTranslation: fail\n");
        var refused = CliRunner.Run([.. p.Args("build", "--only", "*.es.booklet-a5.a5.print.pdf")]);
        Assert.NotEqual(0, refused.Exit);
        var line = (refused.Out + refused.Err).Split('\n').First(l => l.Contains("error NK131", StringComparison.Ordinal));
        Assert.Contains(English, line, StringComparison.Ordinal);
        Assert.Contains("booklet-a5", line, StringComparison.Ordinal);
        Assert.DoesNotContain("nk-cell-therapy-myths.patient.es.booklet-a5.a5.print.pdf", p.Outputs());
    }
}
