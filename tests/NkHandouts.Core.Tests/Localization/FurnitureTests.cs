using NkHandouts.Content;
using NkHandouts.Core.Tests.Templates;
using NkHandouts.Diagnostics;
using NkHandouts.Localization;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Localization;

/// <summary>Furniture strings and dates per language: complete resource files, template overrides, located errors.</summary>
public sealed class FurnitureTests
{
    private static Article Article(string language) =>
        ArticleLoader.Parse($"---\ntitle: T\nlanguage: {language}\naudience: patients\n---\n\nBody text.\n", "a.md").Value!;

    private static Template Template(string strings = "")
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "t");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), "name: t\noutput: pdf-leaflet\n" + strings);
        var catalog = TemplateCatalog.Load(dir.Path, new TemplateOutputs([new StubOutput("pdf-leaflet", "leaflet")]));
        Assert.True(catalog.TryGet("t", out var template), string.Join("\n", catalog.Diagnostics.Select(d => d.ToString())));
        return template!;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void EveryShippedLanguageDefinesEveryKey(string language)
    {
        var f = FurnitureCatalog.BuiltIn.Resolve(language);
        foreach (var key in FurnitureKey.All.Where(k => k != FurnitureKey.Months))
        {
            Assert.False(string.IsNullOrWhiteSpace(f[key]), $"{language}: {key}");
        }
    }

    [Fact]
    public void SpanishStrings()
    {
        var f = FurnitureCatalog.BuiltIn.Resolve("es-US");
        Assert.Equal("Mito", f.Label(CalloutKind.Myth));
        Assert.Equal("Realidad", f.Label(CalloutKind.Fact));
        Assert.Equal("Puntos clave", f.Label(CalloutKind.KeyPoints));
        Assert.Equal("Página 2 de 5", f.Page(2, 5));
        Assert.Equal("Revisar antes del 19 de diciembre de 2026", f.Format(FurnitureKey.ReviewBy, f.LongDate(new DateOnly(2026, 12, 19))));
    }

    [Theory]
    [InlineData("en-US", "December 19, 2026")]
    [InlineData("en-GB", "19 December 2026")]
    [InlineData("en", "19 December 2026")]
    [InlineData("es", "19 de diciembre de 2026")]
    [InlineData("es-MX", "19 de diciembre de 2026")]
    public void LongDatesFollowTheLanguageNotTheMachine(string language, string expected) =>
        Assert.Equal(expected, FurnitureCatalog.BuiltIn.Resolve(language).LongDate(new DateOnly(2026, 12, 19)));

    [Fact]
    public void ALanguageWithoutStringsIsALocatedError()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FurnitureCatalog.For(Article("fr-FR"), Template(), bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FurnitureStringsMissing, d.Code);
        Assert.Equal(("a.md", 3), (d.Location.Path, d.Location.Line)); // the front matter's language: line
        Assert.Contains("'fr-FR'", d.Message, StringComparison.Ordinal);
        Assert.Contains("available: en, en-US, es", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateCanOverrideAStringPerLanguage()
    {
        var template = Template("strings:\n  es:\n    questions: Preguntas para su médico\n");
        var f = FurnitureCatalog.For(Article("es"), template, new DiagnosticBag())!;
        Assert.Equal("Preguntas para su médico", f.Label(CalloutKind.Questions));
        Assert.Equal("Mito", f.Label(CalloutKind.Myth)); // the rest from the built-in file
        var en = FurnitureCatalog.For(Article("en-US"), template, new DiagnosticBag())!;
        Assert.Equal("Questions to ask your care team", en.Label(CalloutKind.Questions));
    }

    [Fact]
    public void ATemplateLanguageMissingAKeyIsALocatedError()
    {
        var template = Template("strings:\n  fr:\n    myth: Mythe\n    fact: Fait\n");
        var bag = new DiagnosticBag();
        Assert.Null(FurnitureCatalog.For(Article("fr"), template, bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FurnitureStringsMissing, d.Code);
        Assert.EndsWith("template.yaml", d.Location.Path, StringComparison.Ordinal);
        Assert.Equal(5, d.Location.Line); // the line under 'fr:'
        Assert.Contains("'page'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'months'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "DRAFT \u2014 not for patients")]
    [InlineData("es-US", "BORRADOR \u2014 no es para pacientes")]
    public void TheDraftMarkIsInTheArticlesLanguage(string language, string expected)
    {
        var article = ArticleLoader.Parse($"---\ntitle: T\nlanguage: {language}\naudience: patients\nstatus: review\n---\n\nBody text.\n", "a.md").Value!;
        Assert.Equal(expected, Governance.MarkFor(article, Template(), new DiagnosticBag()));
        var approved = ArticleLoader.Parse($"---\ntitle: T\nlanguage: {language}\naudience: clinicians\n---\n\nBody text.\n", "a.md").Value!;
        Assert.Null(Governance.MarkFor(approved, Template(), new DiagnosticBag())); // not a patient output: no mark
    }

    [Fact]
    public void ADraftMarkMissingFromATemplateLanguageIsALocatedError()
    {
        // A complete French section but for draftMark: the mark is never printed in another language.
        var en = FurnitureCatalog.BuiltIn.Resolve("en");
        var lines = FurnitureKey.All.Where(k => k != FurnitureKey.Months && k != FurnitureKey.DraftMark).Select(k => $"    {k}: \"{en[k].Replace("\"", "'", StringComparison.Ordinal)}\"\n");
        var template = Template("strings:\n  fr:\n" + string.Concat(lines) + "    months: [a, b, c, d, e, f, g, h, i, j, k, l]\n");
        var article = ArticleLoader.Parse("---\ntitle: T\nlanguage: fr\naudience: patients\n---\n\nBody text.\n", "a.md").Value!;
        var bag = new DiagnosticBag();
        Assert.Null(Governance.MarkFor(article, template, bag));
        var d = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticCodes.FurnitureStringsMissing, d.Code);
        Assert.EndsWith("template.yaml", d.Location.Path, StringComparison.Ordinal);
        Assert.Contains("'draftMark'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownStringKeyInATemplateIsAnError()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "t");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), "name: t\noutput: pdf-leaflet\nstrings:\n  es:\n    mith: Mito\n");
        var catalog = TemplateCatalog.Load(dir.Path, new TemplateOutputs([new StubOutput("pdf-leaflet", "leaflet")]));
        Assert.Contains(catalog.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Location.Line == 5);
    }
}
