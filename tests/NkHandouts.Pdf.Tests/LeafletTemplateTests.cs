using NkHandouts.Diagnostics;
using NkHandouts.Leaflet;
using NkHandouts.Leaflet.Trifold;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests;

/// <summary>The leaflet output reads its own <c>leaflet:</c> section and <c>page.layout</c> (with the layout's page
/// keys), reporting problems at their line in template.yaml like Core does for the common keys.</summary>
public sealed class LeafletTemplateTests
{
    private const string Minimal = "output: pdf-leaflet\naudiences: [patients]\n";

    private static (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Load(TempDir dir, string yaml)
    {
        var folder = dir.Combine("leaflet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), yaml);
        var result = TemplateLoader.Load(folder, SampleArticle.Outputs);
        return (result.Value, result.Diagnostics);
    }

    [Fact]
    public void Default_questions_and_shipped_fonts_are_read()
    {
        var leaflet = SampleArticle.Leaflet;
        var options = LeafletOptions.Of(leaflet);
        Assert.True(options.DefaultQuestions.Count >= 3);
        Assert.All(options.DefaultQuestions, q => Assert.EndsWith("?", q));
        Assert.Equal(["bold", "bolditalic", "italic", "regular"], leaflet.Typography.Fonts.Select(f => f.Style).Order());

        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + "leaflet:\n  defaultQuestions: [Is it safe?, What next?]\n");
        Assert.Empty(d);
        Assert.Equal(["Is it safe?", "What next?"], LeafletOptions.Of(t!).DefaultQuestions);
        Assert.Equal("single", LeafletOptions.Of(t!).Layout.Name);
    }

    [Fact]
    public void Unknown_leaflet_key_is_located_and_suggested()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + "leaflet:\n  qrcode: false\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Equal((4, 3), (e.Location.Line, e.Location.Column));
        Assert.Contains("qrCode", e.Hint);
        Assert.Null(t);
    }

    [Fact]
    public void A_template_chooses_the_printing_condition_and_an_unknown_one_is_located()
    {
        using var dir = new TempDir();
        var (t, ok) = Load(dir, Minimal + "leaflet:\n  printCondition: gracol\n");
        Assert.Empty(ok);
        Assert.Equal("GRACoL", LeafletOptions.Of(t!).PrintCondition);
        Assert.Null(LeafletOptions.Of(SampleArticle.Leaflet).PrintCondition);

        using var dir2 = new TempDir();
        var (_, d) = Load(dir2, Minimal + "leaflet:\n  printCondition: SWOP\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.InvalidValue, e.Code);
        Assert.Equal((4, 19), (e.Location.Line, e.Location.Column));
        Assert.Contains("FOGRA39", e.Hint);
        Assert.Contains("GRACoL", e.Hint);
    }

    [Fact]
    public void Layouts_are_found_by_name_and_unknown_ones_listed()
    {
        using var dir = new TempDir();
        var (t, ok) = Load(dir, Minimal + "page:\n  layout: booklet\n");
        Assert.Empty(ok);
        Assert.True(LeafletOptions.Of(t!).Layout.Imposed);

        using var dir2 = new TempDir();
        var (_, d) = Load(dir2, Minimal + "page:\n  layout: zigzag\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.InvalidValue, e.Code);
        Assert.Equal(4, e.Location.Line);
        Assert.Equal("use one of " + string.Join(", ", LeafletLayouts.All.Select(l => l.Name)), e.Hint);
    }

    [Fact]
    public void Tri_fold_panels_must_add_up_to_the_sheet_width()
    {
        using var dir = new TempDir();
        var (t, ok) = Load(dir, Minimal + "page:\n  size: A4\n  orientation: landscape\n  layout: trifold\n  panels: [97mm, 100mm, 100mm]\n");
        Assert.Empty(ok);
        Assert.Equal([97, 100, 100], TrifoldLayout.Panels(t!).Select(p => Math.Round(p.Millimetres, 3)));

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
    public void Panels_under_another_layout_are_an_error_not_ignored()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "page:\n  size: A4\n  panels: [97mm, 100mm, 100mm]\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Contains("trifold", e.Message);
    }
}
