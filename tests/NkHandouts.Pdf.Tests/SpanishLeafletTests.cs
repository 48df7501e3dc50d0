using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests;

/// <summary>
/// The Spanish patient article through every patient template, read back with PdfPig: furniture strings and dates
/// come from the Spanish resource file (and the templates' Spanish overrides), the unreviewed-translation notice is
/// printed, and no English furniture is left. Files stay in /tmp/nkh-spanish-* to look at.
/// </summary>
public sealed class SpanishLeafletTests
{
    /// <summary>The leaflet templates the Spanish article lists (it has no tri-fold: that needs a shorter text).</summary>
    private static readonly HashSet<string> Listed =
        [.. ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.es.md")).Value!.Metadata.Templates];

    private static readonly string Folder = TempDir.PerClone("nkh-spanish");

    private static readonly Lazy<Dictionary<string, byte[]>> Built = new(() =>
    {
        Directory.CreateDirectory(Folder);
        var article = ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.es.md")).Value!;
        var files = new Dictionary<string, byte[]>();
        var renderer = new LeafletRenderer();
        foreach (var template in TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Where(t => t.Output == "pdf-leaflet" && Listed.Contains(t.Name)))
        {
            var plan = renderer.Plan(article, template).First(p => !p.Print);
            using var stream = new MemoryStream();
            var result = renderer.Render(plan, RenderSettings.For(article), stream);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
            files[template.Name] = stream.ToArray();
            File.WriteAllBytes(Path.Combine(Folder, plan.FileName), stream.ToArray());
        }

        return files;
    });

    public static TheoryData<string> PatientTemplates() => [.. TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All
        .Where(t => t.Output == "pdf-leaflet" && Listed.Contains(t.Name)).Select(t => t.Name)];

    /// <summary>Alternate text is furniture too: a screen reader reads the QR code and the logo in Spanish.</summary>
    [Theory]
    [MemberData(nameof(PatientTemplates))]
    public void Figures_are_described_in_Spanish(string template)
    {
        using var pdf = NkHandouts.Verify.Reading.PdfInspection.Open(Built.Value[template]);
        var alts = pdf.Structure.All().Where(e => e.Standard == "Figure").Select(e => pdf.Text(e.Dictionary, "Alt") ?? "").ToList();
        Assert.NotEmpty(alts);
        Assert.DoesNotContain(alts, a => a.Contains("QR code", StringComparison.Ordinal) || a.EndsWith(" logo", StringComparison.Ordinal));
        if (template == "patient-leaflet")
        {
            Assert.Contains(alts, a => a.StartsWith("Código QR que enlaza a https://", StringComparison.Ordinal));
            Assert.Contains(alts, a => a.StartsWith("Logotipo de ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(PatientTemplates))]
    public void FurnitureIsSpanish(string template)
    {
        var text = PdfText.Squash(PdfText.ContentOrder(Built.Value[template]));
        foreach (var phrase in new[] { "Mito", "Realidad", "Puntos clave", "Preguntas para su equipo médico", "Información para pacientes",
                     "Revisar antes del 19 de diciembre de 2026", "Versión 1.0", "Tenga en cuenta", "Más información" })
        {
            Assert.Contains(PdfText.Squash(phrase), text);
        }

        // The English source's title is quoted, rightly, in the source line and "learn more".
        text = text.Replace(PdfText.Squash("Debunking 3 Common Myths About NK Cell Therapy"), "", StringComparison.Ordinal);
        foreach (var english in new[] { "Myth", "Fact", "Key points", "Questions to ask", "Patient information", "Review by", "Page ", "Version 1.0", "Contact us", "Call the clinic", "care team" })
        {
            Assert.DoesNotContain(PdfText.Squash(english), text);
        }
    }

    [Theory]
    [MemberData(nameof(PatientTemplates))]
    public void TheUnreviewedTranslationSaysSoOnTheFirstPage(string template)
    {
        using var doc = PdfDocument.Open(Built.Value[template]);
        Assert.Contains("Traducciónsinrevisar", PdfText.Squash(doc.GetPage(1).Text));
    }

    /// <summary>#15: "Lo bien que funciona depende de muchas cosas:" stays above its list on the same page.</summary>
    [Theory]
    [MemberData(nameof(PatientTemplates))]
    public void A_lead_in_line_is_on_the_page_of_the_list_it_introduces(string template)
    {
        var article = ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.es.md")).Value!;
        var found = Print.LeadIns.Find(Built.Value[template], article);
        Assert.Equal(3, found.Count);
        Print.LeadInTests.AssertTogether(found);
    }

    /// <summary>The booklet's footer is one line (title and "Página n de N") in Spanish too; version and review
    /// date are printed once, closing the last page, in long form.</summary>
    [Fact]
    public void The_booklet_footer_is_one_line_and_the_review_date_closes_the_last_page()
    {
        using var doc = PdfDocument.Open(Built.Value["booklet-a5"]);
        Print.BookletTests.AssertOneLineFooters(doc, "Página");
        var last = PdfText.Squash(doc.GetPage(doc.NumberOfPages).Text);
        Assert.Contains("Versión1.0·Revisarantesdel19dediciembrede2026", last);
        Assert.All(doc.GetPages().SkipLast(1), p => Assert.DoesNotContain("Revisarantes", PdfText.Squash(p.Text)));
    }

    /// <summary>The Spanish booklet printed the last item of a three-item list alone at the head of page 6.</summary>
    [Theory]
    [MemberData(nameof(PatientTemplates))]
    public void No_list_item_stands_alone_at_a_page_head_or_foot(string template)
    {
        var article = ArticleLoader.Load(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.es.md")).Value!;
        Print.ListEnds.AssertNoLoneItems(Print.ListEnds.Find(Built.Value[template], article), template);
    }

    [Fact]
    public void PagesAreNumberedInSpanish()
    {
        using var doc = PdfDocument.Open(Built.Value["patient-leaflet"]);
        var n = doc.NumberOfPages;
        foreach (var page in doc.GetPages())
        {
            Assert.Contains($"Página{page.Number}de{n}", PdfText.Squash(page.Text));
        }
    }

    [Fact]
    public void TheDocumentLanguageIsSpanish()
    {
        using var doc = PdfDocument.Open(Built.Value["patient-leaflet"]);
        Assert.Contains("es-US", doc.Structure.Catalog.CatalogDictionary.ToString(), StringComparison.Ordinal);
    }
}
