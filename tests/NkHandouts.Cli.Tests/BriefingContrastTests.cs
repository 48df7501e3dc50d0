using System.Text.RegularExpressions;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// NK206 for a briefing template's Word styles (text colour on the fill it is printed on) is found when the template is
/// about to be used, not whenever templates load: a build reports it, located at the colour's key, when it plans the
/// briefing and then refuses it; validate and list report it always; a build that makes no briefing (leaflets only)
/// does not check, and so does not load the Open XML SDK (<see cref="LibraryLoadTests"/>).
/// </summary>
public sealed class BriefingContrastTests
{
    /// <summary>The sample briefing template without its reference document (its styles would win over the template's
    /// colours) and with the old fact green, #007F5F: 4.40:1 on the fact fill #E6F4EA.</summary>
    private static ProjectCopy LowContrastBriefing(out string expected)
    {
        var project = new ProjectCopy();
        var file = Path.Combine(project.Templates, "clinician-briefing", "template.yaml");
        var yaml = File.ReadAllText(file);
        var changed = Regex.Replace(yaml, "(?m)^  reference: reference.docx\n", "");
        changed = changed.Replace("    heading: \"#003F72\"\n", "    heading: \"#003F72\"\n    accent: \"#007F5F\"\n", StringComparison.Ordinal);
        Assert.NotEqual(yaml, changed);
        File.WriteAllText(file, changed);
        var line = Array.FindIndex(changed.Split('\n'), l => l.Contains("#007F5F", StringComparison.Ordinal)) + 1;
        expected = $"templates/clinician-briefing/template.yaml:{line}:13: error NK206: 'Fact' text #007F5F on its own shading #E6F4EA has contrast 4.40:1; WCAG AA needs 4.5:1 (brand.colours.accent on brand.colours.factBackground)";
        return project;
    }

    private static string[] Lines(string text, string code) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(code, StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Validate_and_a_briefing_build_report_it_at_the_colour_key_and_the_briefing_is_not_written()
    {
        using var project = LowContrastBriefing(out var expected);

        var validate = CliProcess.Run(project.Root, null, "validate");
        Assert.True(validate.Exit == 1, $"exit {validate.Exit}\n{validate.Err}");
        Assert.Equal([expected], Lines(validate.Err, "NK206"));

        var build = CliProcess.Run(project.Root, null, "build", "--only", "*.docx");
        Assert.True(build.Exit == 1, $"exit {build.Exit}\n{build.Out}\n{build.Err}");
        Assert.Equal([expected], Lines(build.Err, "NK206")); // once, although the template is checked before use
        Assert.Contains("darken brand.colours.accent or lighten the background (brand.colours.factBackground)", build.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(project.Outputs(), f => f.EndsWith(".docx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_of_leaflets_alone_does_not_check_the_briefing_styles_and_list_still_shows_the_template_failing()
    {
        // On purpose: such a build makes nothing from the template (the check would cost the Word libraries'
        // memory); validate, list and any build of the briefing report it.
        using var project = LowContrastBriefing(out _);

        var build = CliProcess.Run(project.Root, null, "build", "--only", "nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf");
        Assert.True(build.Exit == 0, $"exit {build.Exit}\n{build.Out}\n{build.Err}");
        Assert.Empty(Lines(build.Err, "NK206"));
        Assert.Contains("nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf", project.Outputs());

        var list = CliProcess.Run(project.Root, null, "list");
        Assert.Equal(1, list.Exit);
        Assert.Contains("template clinician-briefing: error(s)", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_the_failing_template_names_its_errors_instead_of_calling_it_unknown()
    {
        using var project = LowContrastBriefing(out var expected);

        var check = CliProcess.Run(project.Root, null, "check", "--template", "clinician-briefing", "content/nk-cell-therapy-myths.md");
        Assert.True(check.Exit == 1, $"exit {check.Exit}\n{check.Out}\n{check.Err}");
        Assert.Equal([expected], Lines(check.Err, "NK206"));
        Assert.Contains("template 'clinician-briefing' did not load: fix the errors reported above for templates/clinician-briefing", check.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown template", check.Err, StringComparison.Ordinal);

        var unknown = CliProcess.Run(project.Root, null, "check", "--template", "no-such-template", "content/nk-cell-therapy-myths.md");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown template 'no-such-template'; found: ", unknown.Err, StringComparison.Ordinal);
    }
}
