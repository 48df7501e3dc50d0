using NkHandouts.Templates;
using NkHandouts.Word.Styles;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// <c>nkhandouts template reference</c> checks the styles it writes (the built-in ones, from the template's colours), not
/// the reference document it replaces: a restyled reference.docx that fails NK206 can be regenerated, as NK206's hint
/// says, and template colours that would write a failing one are refused at their key before the file is touched.
/// </summary>
public sealed class TemplateReferenceTests
{
    private static string Reference(ProjectCopy project) => Path.Combine(project.Templates, "clinician-briefing", "reference.docx");

    [Fact]
    public void Colours_that_fail_on_their_fill_are_refused_at_their_key_and_the_reference_is_kept()
    {
        using var project = new ProjectCopy();
        var yaml = Path.Combine(project.Templates, "clinician-briefing", "template.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("    heading: \"#003F72\"\n", "    heading: \"#003F72\"\n    accent: \"#007F5F\"\n", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(yaml), l => l.Contains("#007F5F", StringComparison.Ordinal)) + 1;
        var before = File.ReadAllBytes(Reference(project));

        var run = CliProcess.Run(project.Root, null, "template", "reference", "clinician-briefing");
        Assert.True(run.Exit == 1, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Matches($@"(?m)^templates/clinician-briefing/template\.yaml:{line}:13: error NK206: 'Fact' text #007F5F on its own shading #E6F4EA", run.Err);
        Assert.Contains("was not written", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Reference(project)));
    }

    [Fact]
    public void A_restyled_reference_that_fails_is_regenerated_as_its_hint_says()
    {
        using var project = new ProjectCopy();
        var shipped = File.ReadAllBytes(Reference(project));
        var template = TemplateLoader.Load(Path.Combine(project.Templates, "clinician-briefing"), Renderers.Outputs, TemplateUseChecks.WhenUsed).Value!;
        var low = template with { Brand = template.Brand with { Colours = template.Brand.Colours with { Accent = new Colour(0x00, 0x7F, 0x5F) } } };
        using (var file = File.Create(Reference(project)))
        {
            ReferenceDocumentWriter.Write(low, file);
        }

        var validate = CliProcess.Run(project.Root, null, "validate");
        Assert.Equal(1, validate.Exit);
        // Located as the template's other errors are: under the templates folder as given, not as an absolute path.
        Assert.Contains("\ntemplates/clinician-briefing/reference.docx: error NK206: reference document style 'Fact' text #007F5F", "\n" + validate.Err, StringComparison.Ordinal);
        Assert.Contains("nkhandouts template reference clinician-briefing", validate.Err, StringComparison.Ordinal);

        var run = CliProcess.Run(project.Root, null, "template", "reference", "clinician-briefing");
        Assert.True(run.Exit == 0, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Equal(shipped, File.ReadAllBytes(Reference(project)));
        Assert.Equal(0, CliProcess.Run(project.Root, null, "validate").Exit);
    }
}
