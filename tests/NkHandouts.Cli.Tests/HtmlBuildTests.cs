namespace NkHandouts.Cli.Tests;

/// <summary>The web page through the real build: registered once in Renderers.cs, made from templates/patient-web,
/// and held back by the reading-level gate like every other output.</summary>
public sealed class HtmlBuildTests
{
    private const string Page = "nk-cell-therapy-myths.patient.patient-web.html";

    [Fact]
    public void Build_writes_the_patient_web_page_and_records_it_in_the_manifest()
    {
        using var project = new ProjectCopy();
        var (exit, output, error) = CliRunner.Run(project.Args("build", "--only", "*.html"));
        Assert.True(exit == 0, output + error);
        Assert.Equal(["manifest.json", Page], project.Outputs());
        var html = File.ReadAllText(Path.Combine(project.Out, Page));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-US\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"title\">NK Cell Therapy: 3 Myths and the Facts</h1>", html, StringComparison.Ordinal);
        Assert.Contains(Page, File.ReadAllText(Path.Combine(project.Out, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_enforced_reading_policy_keeps_the_page_from_being_written()
    {
        using var project = new ProjectCopy();
        var yaml = Path.Combine(project.Templates, "patient-web", "template.yaml");
        var text = File.ReadAllText(yaml);
        Assert.Contains("maxGrade: 8,", text, StringComparison.Ordinal);
        File.WriteAllText(yaml, text.Replace("maxGrade: 8,", "maxGrade: 2,", StringComparison.Ordinal));
        var (exit, output, error) = CliRunner.Run(project.Args("build", "--only", "*.html"));
        Assert.Equal(1, exit);
        Assert.Contains("reading level fails the patients policy of 'patient-web'", output + error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Out, Page)));
    }

    [Fact]
    public void An_unknown_key_in_the_web_section_is_a_located_error()
    {
        using var project = new ProjectCopy();
        var yaml = Path.Combine(project.Templates, "patient-web", "template.yaml");
        File.AppendAllText(yaml, "  contnets: true\n");
        var lines = File.ReadAllLines(yaml).Length;
        var (exit, _, error) = CliRunner.Run("validate", "--content", project.Content, "--templates", project.Templates);
        Assert.Equal(1, exit);
        Assert.Contains($"template.yaml:{lines}:3: error NK105: unknown web key 'contnets'", error, StringComparison.Ordinal);
    }
}
