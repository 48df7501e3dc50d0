using System.Text.Json;

namespace NkHandouts.Cli.Tests;

/// <summary><c>nkhandouts check</c>: exit codes and output formats, run in-process with the repository's folders.</summary>
public class CheckCommandTests
{
    // Relative, so the table's column widths (and where Spectre wraps the plain wording) do not depend on where the
    // repository was cloned.
    private static readonly string Nk = Path.GetRelativePath(Environment.CurrentDirectory, Repo.NkArticle);

    private static (int Exit, string Out, string Err) Check(params string[] args) =>
        CliRunner.Run(["check", .. args, "--content", Repo.Content, "--templates", Repo.Templates]);

    [Fact]
    public void NkArticleFailsThePatientPolicyWithATable()
    {
        var (exit, output, _) = Check(Nk, "--audience", "patients");
        Assert.Equal(1, exit);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
        Assert.Contains("Hardest sentences", output, StringComparison.Ordinal);
        Assert.Contains("nk-cell-therapy-myths.md:54:", output, StringComparison.Ordinal);
        Assert.Contains("made from your own cells", output, StringComparison.Ordinal); // autologous, in plain words
    }

    [Fact]
    public void ClinicianAudienceIsReportOnlyAndExitsZero()
    {
        var (exit, output, _) = Check(Nk);
        Assert.Equal(0, exit);
        Assert.Contains("REPORT ONLY", output, StringComparison.Ordinal); // not "PASS": nothing was enforced
    }

    [Fact]
    public void JsonFormatGivesTheSchema()
    {
        var (exit, output, _) = Check(Nk, "--audience", "patients", "--format", "json", "--words");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.EndsWith("content/nk-cell-therapy-myths.md", doc.RootElement.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(doc.RootElement.GetProperty("scores").GetProperty("consensusGrade").GetDouble() > 8);
        Assert.True(doc.RootElement.GetProperty("vocabulary").GetArrayLength() > 100);
    }

    [Fact]
    public void PlainTextThatIsPlainPasses()
    {
        using var dir = new TempDir();
        var file = dir.File("note.txt", "Take one pill each day.\nDrink water with it.\n\nCall us if you feel sick.\n");
        var (exit, output, _) = Check(file, "--audience", "patients", "--format", "markdown");
        Assert.Equal(0, exit);
        Assert.Contains("✅ pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SarifAndGithubFormats()
    {
        var (exit, sarif, _) = Check(Nk, "--audience", "patients", "--format", "sarif");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(sarif);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var (_, github, _) = Check(Nk, "--audience", "patients", "--format", "github");
        Assert.StartsWith("::error file=", github, StringComparison.Ordinal);
        Assert.Contains("nk-cell-therapy-myths.md,line=1,col=1,title=NK301::consensus grade", github, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplatePolicyIsUsedWhenNamed()
    {
        var (exit, _, _) = Check(Nk, "--audience", "clinicians", "--template", "patient-leaflet");
        Assert.Equal(0, exit);
        var (failExit, _, _) = Check(Nk, "--audience", "patients", "--template", "patient-leaflet");
        Assert.Equal(1, failExit);
    }

    [Fact]
    public void MissingFileIsExitTwo()
    {
        var (exit, _, err) = Check(Path.Combine(Repo.Content, "no-such-file.md"));
        Assert.Equal(2, exit);
        Assert.Contains("NK001", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatOrTemplateIsExitTwo()
    {
        Assert.Equal(2, Check(Nk, "--format", "xml").Exit);
        Assert.Equal(2, Check(Nk, "--template", "nope").Exit);
    }

    [Fact]
    public void UnsupportedFileTypeIsExitTwo()
    {
        using var dir = new TempDir();
        Assert.Equal(2, Check(dir.File("x.pdf", "not text")).Exit);
    }
}
