using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

public sealed class TemplateLoaderTests
{
    private const string Minimal = "output: stub\naudiences: [patients]\n";

    private static (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Load(TempDir dir, string yaml)
    {
        var folder = dir.Combine("leaflet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), yaml);
        var result = TemplateLoader.Load(folder, StubOutput.Outputs);
        return (result.Value, result.Diagnostics);
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
    public void Impossible_margins_are_refused()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, Minimal + "page:\n  size: A5\n  margins: 80mm\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.ImpossibleMargins, e.Code);
    }

    /// <summary>Margins within the page's bound and a body size within its own can still leave a column of a few
    /// letters: refused at the setting that takes the room (the wider margin when margins take most of the page,
    /// else the body size).</summary>
    [Theory]
    [InlineData("page:\n  size: A5\n  margins: { top: 20mm, right: 55mm, bottom: 20mm, left: 55mm }\ntypography:\n  bodySize: 24pt\n", 5, 58,
        "margins leave a text column 38 mm (107.7 pt) wide on A5 (148 mm less 110 mm of margins); a text column must be at least 10 ems of the body type, 84.7 mm (240 pt) at 24 pt")]
    [InlineData("page:\n  size: A5\n  margins: { top: 20mm, right: 14mm, bottom: 20mm, left: 14mm }\ntypography:\n  bodySize: 72pt\n", 7, 13,
        "the body size (72 pt) and margins leave a text column 120 mm (340.2 pt) wide on A5 (148 mm less 28 mm of margins); a text column must be at least 10 ems of the body type, 254 mm (720 pt) at 72 pt")]
    public void A_text_column_narrower_than_ten_ems_is_refused_at_the_setting(string yaml, int line, int column, string message)
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + yaml);
        var e = Assert.Single(d);
        Assert.Null(t);
        Assert.Equal(DiagnosticCodes.ImpossibleMargins, e.Code);
        Assert.Equal((line, column), (e.Location.Line, e.Location.Column));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_text_column_of_ten_ems_is_accepted()
    {
        using var dir = new TempDir();
        // A5 less 2 × 31.6 mm leaves 84.8 mm = 240.4 pt, just over 10 × 24 pt (built and looked at: narrow, words whole).
        var (t, d) = Load(dir, Minimal + "page:\n  size: A5\n  margins: { top: 20mm, right: 31.6mm, bottom: 20mm, left: 31.6mm }\ntypography:\n  bodySize: 24pt\n");
        Assert.Empty(d);
        Assert.NotNull(t);
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
        Assert.Equal(DiagnosticCodes.TemplateMissing, Assert.Single(TemplateLoader.Load(dir.Path, StubOutput.Outputs).Diagnostics).Code);
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
    public void The_output_reads_its_own_section_with_located_errors()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, Minimal + "stub:\n  colour: blue\n");
        Assert.Empty(d);
        Assert.Equal("blue", t!.OptionsAs<StubOptions>().Colour);

        using var dir2 = new TempDir();
        var (_, bad) = Load(dir2, Minimal + "stub:\n  color: blue\n");
        var e = Assert.Single(bad);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Equal((4, 3), (e.Location.Line, e.Location.Column));
        Assert.Contains("colour", e.Hint);
    }

    [Fact]
    public void Unknown_output_lists_the_registered_ones()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, "output: stubb\n");
        var e = Assert.Single(d);
        Assert.Equal(DiagnosticCodes.InvalidValue, e.Code);
        Assert.Contains("'stub'", e.Hint);
        Assert.Null(t);
    }

    [Fact]
    public void Another_outputs_section_is_an_error_not_silently_ignored()
    {
        using var dir = new TempDir();
        var outputs = new TemplateOutputs([new StubOutput(), new StubOutput("other", "elsewhere")]);
        var folder = dir.Combine("leaflet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), Minimal + "elsewhere:\n  colour: red\n");
        var e = Assert.Single(TemplateLoader.Load(folder, outputs).Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, e.Code);
        Assert.Contains("other templates", e.Message);
    }

    [Fact]
    public void Page_keys_an_output_declares_are_accepted_others_are_not()
    {
        using var dir = new TempDir();
        var (_, ok) = Load(dir, Minimal + "page:\n  fold: half\n");
        Assert.Empty(ok);

        using var dir2 = new TempDir();
        var (_, d) = Load(dir2, Minimal + "page:\n  layout: single\n");
        Assert.Equal(DiagnosticCodes.UnknownKey, Assert.Single(d).Code);
    }
}
