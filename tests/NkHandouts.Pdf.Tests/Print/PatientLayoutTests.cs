using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Trifold;
using NkHandouts.Templates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Layout of the patient files read back with PdfPig: myth and fact boxes tell themselves apart without colour,
/// the tri-fold keeps 12 pt and balances its inside panels (or refuses an article too long for them), and pages
/// are not left emptier than the patient policy allows.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class PatientLayoutTests(PrintFixture print)
{
    private const double Mm = 72 / 25.4;

    public static TheoryData<string, string> Leaflets => new()
    {
        { "patient-leaflet", "a4" },
        { "patient-leaflet", "letter.print" },
        { "trifold-leaflet", "a4" },
        { "trifold-leaflet", "letter" },
        { "booklet-a5", "a5" },
        { "large-print", "a4" },
    };

    /// <summary>A callout label as printed: the word, its page, the icon shapes before it, its colour and the fill
    /// under it.</summary>
    private sealed record Label(string Text, Page Page, Word Word, List<UglyToad.PdfPig.Graphics.PdfPath> Icon)
    {
        public (double, double, double) Colour => PdfRead.Rgb(Word.Letters[0].Color);

        public (double, double, double) Background =>
            PdfRead.FillUnder(Page, Word.BoundingBox.Centroid) is { } fill ? PdfRead.Rgb(fill.FillColor) : (1, 1, 1);
    }

    /// <summary>Bold words at body size (headings such as "Myth 1:" are larger).</summary>
    private static List<Label> Labels(PdfDocument pdf, string text) =>
        [.. pdf.GetPages().SelectMany(page => page.GetWords()
            .Where(w => w.Text == text && w.Letters.All(PdfRead.IsBold) && w.Letters[0].PointSize < PdfRead.BodySize(page.Letters) * 1.05)
            .Select(w => new Label(text, page, w, PdfRead.ShapesBefore(page, w))))];

    [Theory]
    [MemberData(nameof(Leaflets))]
    public void Myth_and_fact_boxes_differ_in_at_least_two_ways_besides_colour(string template, string variant)
    {
        using var pdf = PdfDocument.Open(print.Get(template, variant).Bytes);
        var myths = Labels(pdf, "Myth");
        var facts = Labels(pdf, "Fact");
        Assert.Equal(3, myths.Count);
        Assert.Equal(3, facts.Count);

        // 1. The label in words, each box its own word (checked above by finding three of each).
        // 2. An icon of its own shape before the label: the same outline on every myth, another on every fact.
        var mythShapes = myths.Select(m => string.Join(" + ", m.Icon.Select(PdfRead.Signature).Order())).Distinct().ToList();
        var factShapes = facts.Select(f => string.Join(" + ", f.Icon.Select(PdfRead.Signature).Order())).Distinct().ToList();
        Assert.Single(mythShapes);
        Assert.Single(factShapes);
        Assert.NotEqual("", mythShapes[0]);
        Assert.NotEqual("", factShapes[0]);
        Assert.NotEqual(mythShapes[0], factShapes[0]);

        // The mark inside each icon is a stroke: a cross is two separate straight strokes, a tick one bent stroke.
        Assert.Equal(2, myths[0].Icon.Count(p => p.IsStroked && PdfRead.Signature(p) == "ML"));
        Assert.Single(facts[0].Icon, p => p.IsStroked && PdfRead.Signature(p) == "MLL");

        // And, on top: label colours of their own that pass 4.5:1 on the tint under them. A print file's colours are
        // CMYK inks (PDF/X-4): what they look like depends on the press profile, and PdfPig's (1-C)(1-K) reading is
        // not that look (the fact green reads 4.0:1 that way), so contrast is measured on the screen files, which
        // carry the same template colours as sRGB.
        Assert.NotEqual(myths[0].Colour, facts[0].Colour);
        foreach (var label in variant.EndsWith("print", StringComparison.Ordinal) ? [] : myths.Concat(facts))
        {
            var ratio = PdfRead.Contrast(label.Colour, label.Background);
            Assert.True(ratio >= 4.5, $"{label.Text} label contrast {ratio:0.00}:1");
        }
    }

    [Fact]
    public void A_text_too_long_for_three_panels_at_12pt_fails_with_the_panel_error_suggesting_the_booklet()
    {
        var template = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Single(t => t.Name == "trifold-leaflet");
        foreach (var plan in new LeafletRenderer().Plan(print.Article, template).Where(p => !p.Print))
        {
            using var stream = new MemoryStream();
            var result = new LeafletRenderer().Render(plan, print.Settings, stream);
            Assert.Equal(0, result.Pages);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, error =>
            {
                Assert.Equal(DiagnosticCodes.PanelOverflow, error.Code);
                Assert.Equal(print.Article.Path, error.Location.Path);
                Assert.Contains("booklet-a5", error.Hint);
            });
        }
    }

    [Theory]
    [InlineData("a4", 297)]
    [InlineData("letter", 279.4)]
    public void The_trifold_inside_is_balanced_and_used_to_its_foot(string size, double sheetMm)
    {
        var o = print.Get("trifold-leaflet", size);
        using var pdf = PdfDocument.Open(o.Bytes);
        var inside = pdf.GetPage(2);
        var edges = TrifoldPanels.Edges(TrifoldPanels.For(sheetMm * Mm, []).Inside).Append(sheetMm * Mm).ToArray();
        var m = o.Plan.Template.Page.Margins;
        var panelTop = inside.Height - m.Top.Points;
        var panelHeight = inside.Height - m.Top.Points - m.Bottom.Points;

        // How far down each panel its text reaches, as a share of the panel's height.
        var reach = Enumerable.Range(0, 3).Select(i =>
        {
            var letters = inside.Letters.Where(l => l.BoundingBox.Left >= edges[i] && l.BoundingBox.Right <= edges[i + 1] && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            return (panelTop - letters.Min(l => l.BoundingBox.Bottom)) / panelHeight;
        }).ToList();

        // The fullest panel reaches the foot (the article was written to fill the inside) …
        Assert.True(reach.Max() >= 0.9, $"inside panels reach {string.Join(", ", reach.Select(r => r.ToString("P0")))}");
        // … and none ends a third empty while another is full: keep-with-next chains (heading, myth, fact) are
        // the only thing that may leave a panel short.
        Assert.True(reach.Min() >= 0.6, $"inside panels reach {string.Join(", ", reach.Select(r => r.ToString("P0")))}");
    }

    [Theory]
    [InlineData("patient-leaflet", "a4")]
    [InlineData("patient-leaflet", "letter")]
    [InlineData("booklet-a5", "a5")]
    [InlineData("large-print", "a4")]
    public void No_page_but_the_last_is_more_than_40_percent_empty(string template, string variant)
    {
        var o = print.Get(template, variant);
        using var pdf = PdfDocument.Open(o.Bytes);
        var pages = pdf.GetPages().ToList();
        foreach (var page in pages.SkipLast(1))
        {
            // The body runs from the top margin to the footer's rule; furniture (the footer line) is left out.
            var footer = page.GetWords().Last(w => w.Text == "Page");
            var bodyBottom = footer.BoundingBox.Top + footer.BoundingBox.Height * 2;
            var m = o.Plan.Template.Page.Margins;
            var bodyTop = page.Height - m.Top.Points;
            var lowest = page.Letters.Where(l => l.BoundingBox.Bottom > bodyBottom && !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.BoundingBox.Bottom);
            var empty = (lowest - bodyBottom) / (bodyTop - bodyBottom);
            Assert.True(empty <= 0.40, $"{o.Plan.FileName} page {page.Number}: {empty:P0} of the body area empty at its foot");
        }
    }
}
