namespace NkHandouts.Cli.Tests;

public sealed class ListAndValidateTests
{
    // Relative folders keep table column widths independent of where the repository was cloned.
    private static string[] Folders(params string[] args) =>
        [.. args, "--content", Path.GetRelativePath(Environment.CurrentDirectory, Repo.Content), "--templates", Path.GetRelativePath(Environment.CurrentDirectory, Repo.Templates)];

    [Fact]
    public void Validate_passes_on_the_shipped_content()
    {
        var (exit, output, error) = CliRunner.Run(Folders("validate"));
        Assert.Equal(0, exit);
        Assert.Contains("Debunking 3 Common Myths", output);
        Assert.Contains("Myth 2: \u2018NK Cells Work Alone.\u2019", output);
        Assert.Contains("0 errors", output);
        Assert.DoesNotContain("error", error);
    }

    [Fact]
    public void List_shows_articles_and_templates()
    {
        var (exit, output, _) = CliRunner.Run(Folders("list"));
        Assert.Equal(0, exit);
        Assert.Contains("patient-leaflet", output);
        Assert.Contains("clinician-briefing", output);
        Assert.Contains("Word briefing", output);
    }

    [Fact]
    public void Validate_exits_1_with_located_errors_on_bad_content()
    {
        using var dir = new TempDir();
        dir.File("content/bad.md", "---\ntitle: T\naudience: patients\n---\nBody\n");
        var (exit, _, error) = CliRunner.Run("validate", "--content", dir.Combine("content"), "--templates", Repo.Templates);
        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.md:2:1: error NK104: required key 'language' is missing", error);
        Assert.Contains("hint:", error);
    }

    [Fact]
    public void Validate_reports_unknown_template_names()
    {
        using var dir = new TempDir();
        dir.File("content/a.md", "---\ntitle: T\nlanguage: en\naudience: patients\ntemplates: [patient-leaflit]\n---\nBody\n");
        var (exit, _, error) = CliRunner.Run("validate", "--content", dir.Combine("content"), "--templates", Repo.Templates);
        Assert.Equal(1, exit);
        Assert.Contains("NK207", error);
        Assert.Contains("did you mean 'patient-leaflet'", error);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        var (exit, _, error) = CliRunner.Run("validate", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("validate", output);
        Assert.Contains("list", output);
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var (exit, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"\d+\.\d+\.\d+", output);
    }
}
