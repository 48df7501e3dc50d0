using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;
using NkHandouts.Word.Styles;

namespace NkHandouts.Word.Tests.Accessibility;

/// <summary>When a briefing template loads (for a build: before its first briefing), every text colour its styles can
/// produce is checked against the fill it is used on (not only white); a failure is an error at the template key, or at the reference document's style.</summary>
public sealed class StyleContrastTests
{
    private static string Yaml(string colours, string? reference = null) => $$"""
        name: t
        output: docx-briefing
        audiences: [clinicians]
        brand:
          colours:
        {{colours}}
        briefing:
          tableOfContents: true
        {{(reference is null ? "" : "  reference: " + reference)}}
        """;

    private static LoadResult<Template> Load(TempDir dir, string yaml, TemplateUseChecks checks = TemplateUseChecks.AtLoad)
    {
        Directory.CreateDirectory(dir.Combine("t"));
        File.WriteAllText(dir.Combine("t", "template.yaml"), yaml);
        return TemplateLoader.Load(dir.Combine("t"), new TemplateOutputs([new BriefingOutput()]), checks);
    }

    [Fact]
    public void Loaded_for_a_build_the_template_loads_and_the_same_error_comes_when_it_is_used_once()
    {
        // A build loads templates with the Word check deferred (it loads the Open XML SDK); the planner asks for it
        // before the template's first briefing and must get what validate reports.
        using var dir = new TempDir();
        var atLoad = Assert.Single(Load(dir, Yaml("    accent: \"#007F5F\"")).Diagnostics, d => d.Code == DiagnosticCodes.LowContrast);
        var result = Load(dir, Yaml("    accent: \"#007F5F\""), TemplateUseChecks.WhenUsed);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        var template = result.Value!;
        var found = template.CheckBeforeUse();
        Assert.Equal(atLoad, Assert.Single(found));
        Assert.Same(found, template.CheckBeforeUse()); // run once, remembered
    }

    [Fact]
    public void The_old_fact_green_on_the_fact_fill_is_an_error_at_the_accent_key()
    {
        // #007F5F passes on white (5.0:1), so the old white-only check let it through; on #E6F4EA it is 4.40:1.
        using var dir = new TempDir();
        var result = Load(dir, Yaml("    accent: \"#007F5F\""));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LowContrast);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(dir.Combine("t", "template.yaml"), error.Location.Path);
        Assert.Equal(6, error.Location.Line); // the accent's value
        Assert.Contains("'Fact' text #007F5F on its own shading #E6F4EA has contrast 4.40:1", error.Message);
        Assert.Contains("brand.colours.accent", error.Message);
        Assert.Contains("brand.colours.accent", error.Hint);
    }

    [Fact]
    public void A_link_colour_too_light_for_a_box_fill_is_caught_on_that_fill()
    {
        // #0A7BC1 gives 4.6:1 on white but under 4.5:1 on the key points fill #EAF2FA: the hyperlink style uses primary.
        using var dir = new TempDir();
        var result = Load(dir, Yaml("    primary: \"#0A7BC1\""));
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LowContrast).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Message.Contains("'Hyperlink' text #0A7BC1 on the box fill of 'Key points Box'", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains("on the page", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal(6, e.Location.Line));
    }

    [Fact]
    public void A_reference_document_style_that_fails_is_an_error_at_the_reference_naming_the_style()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Combine("t"));
        var low = Briefings.ClinicianTemplate();
        low = low with { Brand = low.Brand with { Colours = low.Brand.Colours with { Accent = new Colour(0x00, 0x7F, 0x5F) } } };
        using (var file = File.Create(dir.Combine("t", "reference.docx")))
        {
            ReferenceDocumentWriter.Write(low, file);
        }

        var result = Load(dir, Yaml("    heading: \"#003F72\"", "reference.docx"));
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LowContrast);
        Assert.Equal(dir.Combine("t", "reference.docx"), error.Location.Path);
        Assert.StartsWith("reference document style 'Fact' text #007F5F", error.Message);
        Assert.Contains("modify the 'Fact' style", error.Hint);
    }

    [Fact]
    public void Every_pair_of_the_shipped_template_passes_and_the_pairs_cover_labels_boxes_and_the_table_header()
    {
        var template = Briefings.ClinicianTemplate();
        var styles = DefaultStyles.Create(template, "en-US");
        var pairs = StyleContrast.Pairs(styles);
        Assert.All(pairs, p => Assert.False(p.Fails, $"{p.StyleName} {p.Fore} on {p.Back}: {p.Ratio}"));
        Assert.Contains(pairs, p => p.StyleId == "Fact" && p.Back.ToString() == "#E6F4EA" && p.Ratio >= 4.5);
        Assert.Contains(pairs, p => p.StyleId == "Myth" && p.Back.ToString() == "#FDECEA");
        Assert.Contains(pairs, p => p.StyleId == "CalloutText" && p.OnStyleId == "MythBox");
        Assert.Contains(pairs, p => p.StyleId == "BriefingTable" && p.Fore == Colour.White && p.Back.ToString() == "#005EA5");
    }
}
