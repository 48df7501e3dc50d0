using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests;

/// <summary>
/// Scripts the leaflet layout cannot print yet: a patient leaflet in Arabic or Hebrew (no bidi, no shaping) or Hindi
/// (no shaping) is refused with a located error and no bytes; CJK text with no font is an error for patients and a
/// warning for clinicians.
/// </summary>
public sealed class ScriptRefusalTests
{
    private static readonly Template Leaflet = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Single(t => t.Name == "patient-leaflet");

    private static (RenderResult Result, long Bytes) Render(string language, string audience, string body)
    {
        var text = $"---\ntitle: Test\nlanguage: {language}\naudience: {audience}\n---\n\nFirst line in English.\n\n{body}\n";
        var article = ArticleLoader.Parse(text, "rtl.md").Value!;
        var template = Leaflet with { Audiences = [] };
        var plan = new LeafletRenderer().Plan(article, template).First();
        using var stream = new MemoryStream();
        var result = new LeafletRenderer().Render(plan, RenderSettings.For(article), stream);
        return (result, stream.Length);
    }

    [Theory]
    [InlineData("ar", "العلاج بالخلايا القاتلة الطبيعية", "Arabic")]
    [InlineData("he", "טיפול בתאי NK", "Hebrew")]
    [InlineData("hi", "एनके कोशिका चिकित्सा", "Indic")]
    public void APatientLeafletInAnUnsupportedScriptIsRefusedWhereTheTextIs(string language, string body, string script)
    {
        var (result, bytes) = Render(language, "patients", body);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ScriptNotSupported);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("rtl.md", 9, 1), (error.Location.Path, error.Location.Line, error.Location.Column)); // the body's line
        Assert.Contains(script, error.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, bytes); // nothing written
    }

    [Fact]
    public void ARightToLeftLanguageTagIsRefusedEvenInLatinLetters()
    {
        var (result, _) = Render("ar", "patients", "Al-ilaj bil-khalaya.");
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ScriptNotSupported);
        Assert.Equal(3, error.Location.Line); // language: ar
    }

    [Fact]
    public void CjkWithoutAFontIsAnErrorForPatientsAndAWarningOtherwise()
    {
        var patients = Render("en-US", "patients", "NK 细胞疗法").Result;
        Assert.Contains(patients.Diagnostics, d => d.Code == DiagnosticCodes.CjkFontMissing && d.Severity == Severity.Error && d.Location.Line == 9);
        Assert.DoesNotContain(patients.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyph);

        var clinicians = Render("en-US", "clinicians", "NK 细胞疗法").Result;
        Assert.DoesNotContain(clinicians.Diagnostics, d => d.Code == DiagnosticCodes.CjkFontMissing);
        Assert.Contains(clinicians.Diagnostics, d => d.Code == DiagnosticCodes.MissingGlyph && d.Severity == Severity.Warning);
    }

    [Fact]
    public void LatinTextWithAccentsIsFine()
    {
        var (result, bytes) = Render("es", "patients", "Células, niños y corazón: ¿qué más?");
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.True(bytes > 0);
    }
}
