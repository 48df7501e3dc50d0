using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

public sealed class TemplateLoaderTests
{
    private const string Minimal = "output: pdf-leaflet\naudiences: [patients]\n";

    private static (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Load(TempDir dir, string yaml)
    {
        var folder = dir.Combine("leaflet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), yaml);
        var result = TemplateLoader.Load(folder);
        return (result.Value, result.Diagnostics);
    }

    [Fact]
    public void The_shipped_templates_load_cleanly()
    {
        var catalog = TemplateCatalog.Load(Repo.Templates);
        Assert.Empty(catalog.Diagnostics);
        var leaflet = Assert.Single(catalog.All, t => t.Name == "patient-leaflet");
        Assert.Equal(TemplateKind.PdfLeaflet, leaflet.Kind);
        Assert.Equal(["A4", "Letter"], leaflet.Page.Sizes.Select(s => s.Name));
        Assert.Equal(3, leaflet.Page.Bleed.Millimetres, 3);
        Assert.True(leaflet.PolicyFor("patients").Enforce);
        Assert.Equal(8, leaflet.PolicyFor("patients").MaxGrade);
        Assert.False(leaflet.PolicyFor("clinicians").Enforce);
        Assert.NotNull(leaflet.Brand.Logo);
        Assert.Contains(catalog.All, t => t.Kind == TemplateKind.DocxBriefing);
    }

    [Fact]
    public void Leaflet_default_questions_and_shipped_fonts_are_read()
    {
        var leaflet = Assert.Single(TemplateCatalog.Load(Repo.Templates).All, t => t.Name == "patient-leaflet");
        Assert.True(leaflet.Leaflet.DefaultQuestions.Count >= 3);
        Assert.All(leaflet.Leaflet.DefaultQuestions, q => Assert.EndsWith("?", q));
        Assert.Equal(["bold", "bolditalic", "italic", "regular"], leaflet.Typography.Fonts.Select(f => f.Style).Order());
        Assert.All(leaflet.Typography.Fonts, f => Assert.True(File.Exists(f.Path), f.Path));

        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + "leaflet:\n  defaultQuestions: [Is it safe?, What next?]\n");
        Assert.Empty(d);
        Assert.Equal(["Is it safe?", "What next?"], t!.Leaflet.DefaultQuestions);
    }

    [Fact]
    public void Heading_colour_must_contrast_with_box_background()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "brand:\n  colours:\n    heading: \"#7A9CC0\"\n    boxBackground: \"#EAF2FA\"\n");
        Assert.Contains(d, x => x.Code == DiagnosticCodes.LowContrast && x.Message.Contains("heading on boxBackground"));
    }

    [Fact]
    public void Minimal_template_gets_defaults()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal);
        Assert.Empty(d);
        Assert.Equal("leaflet", t!.Name);
        Assert.Equal(12, t.Typography.BodySize.Points);
        Assert.Equal(ReadingPolicy.Patients, t.PolicyFor("patients"));
    }

    [Fact]
    public void Unknown_key_is_an_error_suggesting_the_closest_key()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + "typography:\n  bodySise: 12pt\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Equal(4, e.Location.Line);
        Assert.Equal(3, e.Location.Column);
        Assert.Contains("bodySize", e.Hint);
        Assert.Null(t);
    }

    [Fact]
    public void Bad_colour_names_the_line()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "brand:\n  colours:\n    text: \"#12345G\"\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.InvalidColour, e.Code);
        Assert.Equal(5, e.Location.Line);
    }

    [Fact]
    public void Bad_length_names_the_line()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "page:\n  bleed: 3 furlongs\n");
        Assert.Equal(DiagnosticCodes.InvalidLength, Assert.Single(d).Code);
    }

    [Fact]
    public void Tri_fold_panels_must_add_up_to_the_sheet_width()
    {
        using var dir = new TempDir();
        var (t, ok) = Load(dir, Minimal + "page:\n  size: A4\n  orientation: landscape\n  layout: trifold\n  panels: [97mm, 100mm, 100mm]\n");
        Assert.Empty(ok);
        Assert.Equal([97, 100, 100], t!.Page.Panels.Select(p => Math.Round(p.Millimetres, 3)));

        using var dir2 = new TempDir();
        var (_, d) = Load(dir2, Minimal + "page:\n  sizes: [A4, Letter]\n  orientation: landscape\n  layout: trifold\n  panels: [97mm, 100mm, 100mm]\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.PanelWidths, e.Code);
        Assert.Contains("Letter sheet is 279.4 mm", e.Message);
        Assert.Equal(7, e.Location.Line);
    }

    [Fact]
    public void A_tri_fold_has_three_panels()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "page:\n  size: A4\n  orientation: landscape\n  layout: trifold\n  panels: [148.5mm, 148.5mm]\n");
        Assert.Equal(DiagnosticCodes.PanelWidths, Assert.Single(d).Code);
    }

    [Fact]
    public void Impossible_margins_are_refused()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "page:\n  size: A5\n  margins: 80mm\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.ImpossibleMargins, e.Code);
    }

    [Fact]
    public void Low_contrast_is_refused()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "brand:\n  colours:\n    text: \"#AAAAAA\"\n");
        Assert.Contains(d, e => e.Code == DiagnosticCodes.LowContrast && e.Message.Contains("text on background"));
    }

    [Fact]
    public void Missing_logo_file_is_reported()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "brand:\n  logo: nope.svg\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.TemplateFileMissing, e.Code);
        Assert.Equal(4, e.Location.Line);
    }

    [Fact]
    public void Logo_outside_the_template_is_refused()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "brand:\n  logo: ../../../etc/passwd\n");
        Assert.Equal(DiagnosticCodes.UnsafePath, Assert.Single(d).Code);
    }

    [Fact]
    public void Missing_output_is_required()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, "audiences: [patients]\n");
        Assert.Equal(DiagnosticCodes.MissingKey, Assert.Single(d).Code);
    }

    [Fact]
    public void Folder_without_template_yaml_is_an_error()
    {
        using var dir = new TempDir();
        Assert.Equal(DiagnosticCodes.TemplateMissing, Assert.Single(TemplateLoader.Load(dir.Path).Diagnostics).Code);
    }

    [Theory]
    [InlineData("12pt", 12)]
    [InlineData("25.4mm", 72)]
    [InlineData("1in", 72)]
    [InlineData("2.54cm", 72)]
    public void Lengths_parse_in_every_unit(string text, double points)
    {
        Assert.True(Length.TryParse(text, out var l));
        Assert.Equal(points, l.Points, 6);
    }

    [Fact]
    public void Contrast_matches_wcag_reference_values()
    {
        Assert.Equal(21, Colour.Contrast(Colour.Black, Colour.White), 2);
        Assert.True(Colour.TryParse("#767676", out var grey));
        Assert.Equal(4.54, Colour.Contrast(grey, Colour.White), 2);
    }

    [Fact]
    public void Schema_lists_every_top_level_key_the_loader_knows()
    {
        var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Templates, "template.schema.json")));
        var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(TemplateLoader.Keys.Order().ToList(), keys);
    }
}
