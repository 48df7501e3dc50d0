using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>A Spanish article's briefing: labels, dates, contents and footer from the Spanish resource file.</summary>
public sealed class SpanishBriefingTests
{
    private const string Markdown = "---\ntitle: Células NK\nlanguage: es-US\naudience: clinicians\nversion: \"1.0\"\nreviewBy: 2026-12-19\n---\n\n"
        + "## Mito 1\n\n::: myth\nCura todo.\n:::\n\n::: fact\nNo cura todo.\n:::\n";

    [Fact]
    public void FurnitureAndDatesAreSpanish()
    {
        var article = ArticleLoader.Parse(Markdown, "es.md").Value!;
        var docx = Briefings.Render(article, Briefings.BuiltIn());
        Assert.Empty(Briefings.ValidationErrors(docx));
        using var doc = Briefings.Open(docx);
        var body = doc.MainDocumentPart!.Document!.Body!.InnerText.Replace('\u00A0', ' '); // pairs are joined by no-break spaces
        Assert.Contains("Revisar antes del: 19 de diciembre de 2026", body, StringComparison.Ordinal);
        Assert.Contains("Versión: 1.0", body, StringComparison.Ordinal);
        Assert.Contains("Mito", body, StringComparison.Ordinal);
        Assert.Contains("Realidad", body, StringComparison.Ordinal);
        Assert.Contains("Contenido", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Review by", body, StringComparison.Ordinal);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!.InnerText;
        Assert.StartsWith("Página ", footer, StringComparison.Ordinal);
        Assert.Contains(" de ", footer, StringComparison.Ordinal);
    }
}
