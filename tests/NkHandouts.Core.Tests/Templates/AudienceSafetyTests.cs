using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

/// <summary>Clinician text never reaches a patient-branded template by accident (#15 item 3).</summary>
public sealed class AudienceSafetyTests
{
    private static TemplateCatalog Catalog(TempDir dir, string allow = "")
    {
        foreach (var (name, audience) in new[] { ("patient-leaflet", "patients"), ("clinician-briefing", "clinicians") })
        {
            var folder = dir.Combine("templates", name);
            Directory.CreateDirectory(folder);
            var extra = name == "patient-leaflet" ? allow : "";
            File.WriteAllText(Path.Combine(folder, "template.yaml"), $"output: {(name == "patient-leaflet" ? "pdf-leaflet" : "docx-briefing")}\naudiences: [{audience}]\n{extra}");
        }

        return TemplateCatalog.Load(dir.Combine("templates"), new TemplateOutputs([new StubOutput("pdf-leaflet", "leaflet"), new StubOutput("docx-briefing", "briefing")]));
    }

    private static Article Article(TempDir dir, string audience, string templates)
    {
        var text = $"---\ntitle: T\nlanguage: en-US\naudience: {audience}\ntemplates: {templates}\n---\n\nSome text.\n";
        var result = ArticleLoader.Parse(text, dir.Combine("content", "a.md"), ArticleLoadOptions.Default, new DiagnosticBag());
        return result.Value!;
    }

    [Fact]
    public void A_clinician_article_naming_a_patient_template_is_refused_at_that_entry()
    {
        using var dir = new TempDir();
        var bag = new DiagnosticBag();
        var used = Catalog(dir).For(Article(dir, "clinicians", "[clinician-briefing, patient-leaflet]"), bag);

        Assert.Equal(["clinician-briefing"], used.Select(t => t.Name));
        var error = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.AudienceNotServed, error.Code);
        Assert.True(error.IsError);
        Assert.Equal((5, 33), (error.Location.Line, error.Location.Column));
        Assert.Contains("'patient-leaflet' is made for patients", error.Message);
        Assert.Contains("allowAudiences: [clinicians]", error.Hint);
    }

    [Fact]
    public void A_template_that_allows_the_audience_builds_it()
    {
        using var dir = new TempDir();
        var bag = new DiagnosticBag();
        var used = Catalog(dir, "allowAudiences: [Clinicians]\n").For(Article(dir, "clinicians", "[patient-leaflet]"), bag);
        Assert.Empty(bag.Items);
        Assert.Equal(["patient-leaflet"], used.Select(t => t.Name));
    }

    [Fact]
    public void Without_a_templates_list_only_templates_for_the_audience_are_used()
    {
        using var dir = new TempDir();
        var article = Article(dir, "clinicians", "[]");
        var used = Catalog(dir).For(article, new DiagnosticBag());
        Assert.Equal(["clinician-briefing"], used.Select(t => t.Name));
    }

    [Fact]
    public void Patient_text_in_a_patient_template_is_fine()
    {
        using var dir = new TempDir();
        var bag = new DiagnosticBag();
        Assert.Single(Catalog(dir).For(Article(dir, "patients", "[patient-leaflet]"), bag));
        Assert.Empty(bag.Items);
    }
}
