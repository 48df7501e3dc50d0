using NkHandouts.Diagnostics;

namespace NkHandouts.Build.Tests;

/// <summary>An article image without alt text (NK117): for a template made for patients a located error, and that
/// template's outputs are not built (the previous ones stay); for other audiences a warning, and they are built.</summary>
public sealed class ImageAltTests
{
    private static BuildReport Build(Sandbox box) => new BuildRunner([new FakeRenderer()], null).Run(box.Options());

    [Fact]
    public void A_patient_template_refuses_an_image_without_alt_text_at_its_line()
    {
        using var box = new Sandbox("a", "b");
        Build(box);
        var before = File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt"));
        File.WriteAllBytes(Path.Combine(box.Content, "chart.png"), TestImages.Png(4, 3));
        var path = box.Article("a", "Changed", "Some body text.\n\n::: fact\nA fact.\n\n![](chart.png)\n:::");

        var report = Build(box);

        var error = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(path, Path.GetFullPath(error.Location.Path)); // the build prints it relative to the working folder
        Assert.Equal(13, error.Location.Line); // front matter (6 lines), blank, body, blank, ::: fact, A fact., blank, image
        Assert.Equal(1, error.Location.Column);
        Assert.Contains("'chart.png' has no alt text", error.Message);
        Assert.Contains("template 'leaflet' is for patients", error.Message);
        Assert.Contains("![", error.Hint);
        Assert.True(report.HasErrors);
        Assert.DoesNotContain(report.Jobs, j => j.FileName.StartsWith("a.", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")));
        Assert.Contains(report.Jobs, j => j.FileName == "b.leaflet.a4.txt");
    }

    [Fact]
    public void A_template_for_clinicians_warns_and_builds()
    {
        using var box = new Sandbox();
        File.WriteAllText(Path.Combine(box.Templates, "leaflet", "template.yaml"), "output: fake-text\naudiences: [clinicians]\nfake:\n  greeting: hello\n");
        Directory.CreateDirectory(box.Content);
        File.WriteAllBytes(Path.Combine(box.Content, "chart.png"), TestImages.Png(4, 3));
        File.WriteAllText(Path.Combine(box.Content, "c.md"), "---\ntitle: C\nlanguage: en-US\naudience: clinicians\ndate: 2025-12-19\n---\n\n![ ](chart.png)\n");

        var report = Build(box);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(8, warning.Location.Line);
        Assert.Contains("screen readers get no description of it", warning.Message);
        Assert.False(report.HasErrors);
        Assert.True(File.Exists(box.OutFile("c.leaflet.a4.txt")));
    }

    [Fact]
    public void An_image_with_alt_text_gives_nothing()
    {
        using var box = new Sandbox();
        Directory.CreateDirectory(box.Content);
        File.WriteAllBytes(Path.Combine(box.Content, "chart.png"), TestImages.Png(4, 3));
        box.Article("d", "D", "![A bar chart of response rates](chart.png)");
        var report = Build(box);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.ImageWithoutAlt);
        Assert.True(File.Exists(box.OutFile("d.leaflet.a4.txt")));
    }
}
