using NkHandouts.Diagnostics;
using NkHandouts.Html;
using NkHandouts.Yaml;

namespace NkHandouts.Html.Tests;

/// <summary>The template's <c>web:</c> section: every key read, unknown keys located errors with a suggestion.</summary>
public sealed class OptionsTests
{
    private static (HtmlOptions Options, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlSource.Parse(yaml, "templates/t/template.yaml", 0, diagnostics, "template.yaml");
        return (HtmlOptions.Read(map?.Map(HtmlOptions.Section)), diagnostics);
    }

    [Fact]
    public void Every_key_is_read()
    {
        var (o, d) = Read("web:\n  contents: false\n  questions: false\n  defaultQuestions: [A?, B?]\n  disclaimer: D.\n  tagline: For you\n");
        Assert.Empty(d.Items);
        Assert.False(o.Contents);
        Assert.False(o.Questions);
        Assert.Equal(["A?", "B?"], o.DefaultQuestions);
        Assert.Equal("D.", o.Disclaimer);
        Assert.Equal("For you", o.Tagline);
    }

    [Fact]
    public void A_missing_section_gives_the_defaults()
    {
        var (o, d) = Read("name: t\n");
        Assert.Empty(d.Items);
        Assert.Equal(new HtmlOptions().Contents, o.Contents);
        Assert.True(o.Questions);
    }

    [Fact]
    public void An_unknown_key_is_a_located_error_naming_the_closest_key()
    {
        var (_, d) = Read("web:\n  contnets: true\n");
        var e = Assert.Single(d.Items);
        Assert.True(e.IsError);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Equal(2, e.Location.Line);
        Assert.Equal(3, e.Location.Column);
        Assert.Contains("contents", e.Hint);
    }

    [Fact]
    public void A_wrong_type_is_a_located_error()
    {
        var (_, d) = Read("web:\n  contents: maybe\n");
        var e = Assert.Single(d.Items);
        Assert.True(e.IsError);
        Assert.Equal(2, e.Location.Line);
    }

    [Fact]
    public void The_shipped_patient_web_template_loads_through_the_output_with_its_web_section()
    {
        var template = Pages.WebTemplate();
        Assert.Equal(HtmlOutput.OutputKey, template.Output);
        Assert.True(((NkHandouts.Rendering.IRenderer)new HtmlRenderer()).CanRender(template));
        var options = template.OptionsAs<HtmlOptions>();
        Assert.Equal(4, options.DefaultQuestions.Count);
        Assert.StartsWith("This page does not replace advice", options.Disclaimer);
        Assert.Equal(8, template.PolicyFor("patients").MaxGrade);
        Assert.EndsWith("logo.svg", template.Brand.Logo);
    }
}
