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
    public void NkArticleFailsThePatientPolicyWithItsReport()
    {
        var (exit, output, _) = Check(Nk, "--audience", "patients");
        Assert.Equal(1, exit);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
        Assert.Contains("Hardest sentences", output, StringComparison.Ordinal);
        Assert.Contains("nk-cell-therapy-myths.md:54:", output, StringComparison.Ordinal);
        Assert.Contains("made from your own cells", output, StringComparison.Ordinal); // autologous, in plain words
    }

    [Fact]
    public void PipedTextIsPlainLinesNotABoxTable()
    {
        // The real executable with standard output redirected (not a terminal): README promises plain lines, one per
        // measure or row, so nothing wraps a location or a sentence and grep finds each row whole.
        var (exit, output, error) = CliProcess.Run(Repo.Root, null,
            "check", "content/nk-cell-therapy-myths.md", "--audience", "patients", "--content", "content", "--templates", "templates");
        Assert.True(exit == 1, error);
        foreach (var box in new[] { "│", "┌", "─", "|", "+-" })
        {
            Assert.DoesNotContain(box, output, StringComparison.Ordinal);
        }

        var lines = output.Split('\n');
        Assert.Equal("content/nk-cell-therapy-myths.md — FAIL (policy: patients)", lines[0]);
        Assert.Contains("  Consensus grade: 15.2", lines);
        Assert.Contains(lines, l => l.StartsWith("  Section: Introduction; Line: 26; Words: 95;", StringComparison.Ordinal));
        // A hardest sentence: its location and the whole sentence on one line.
        Assert.Contains(lines, l => l.StartsWith("  Where: content/nk-cell-therapy-myths.md:54:48; Grade: ", StringComparison.Ordinal)
                                    && l.EndsWith("interferon-gamma (IFN-γ).", StringComparison.Ordinal));
        Assert.Contains("  Term: autologous; Times: 1; First at: content/nk-cell-therapy-myths.md:66:272; Plain wording: made from your own cells", lines);

        var (itemsExit, items, itemsError) = CliProcess.Run(Repo.Root, null, "check", "content/nk-cell-therapy-myths.md", "--items");
        Assert.True(itemsExit is 0 or 1, itemsError);
        Assert.DoesNotContain("│", items, StringComparison.Ordinal);
        Assert.Contains(items.Split('\n'), l => l.StartsWith("  Item: P1; Rating: ", StringComparison.Ordinal));
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
