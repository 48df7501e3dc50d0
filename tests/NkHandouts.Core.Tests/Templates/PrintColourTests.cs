using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Core.Tests.Templates;

/// <summary>Template colours may carry a print (CMYK) value next to the screen value.</summary>
public sealed class PrintColourTests
{
    private static (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Load(TempDir dir, string colours)
    {
        var folder = dir.Combine("leaflet");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), "output: pdf-leaflet\naudiences: [patients]\nbrand:\n  colours:\n" + colours);
        var result = TemplateLoader.Load(folder, new TemplateOutputs([new StubOutput("pdf-leaflet", "leaflet")]));
        return (result.Value, result.Diagnostics);
    }

    [Theory]
    [InlineData("cmyk(100,43,0,35)", 100, 43, 0, 35)]
    [InlineData("CMYK( 0 , 0 , 0 , 100 )", 0, 0, 0, 100)]
    [InlineData("cmyk(10%,3%,10%,0%)", 10, 3, 10, 0)]
    public void Cmyk_notation_is_read_in_percent(string text, int c, int m, int y, int k)
    {
        Assert.True(Cmyk.TryParse(text, out var ink));
        Assert.Equal(new Cmyk((byte)c, (byte)m, (byte)y, (byte)k), ink);
    }

    [Theory]
    [InlineData("cmyk(101,0,0,0)")]
    [InlineData("cmyk(1,2,3)")]
    [InlineData("cmyk(0.5,0,0,1)")]
    [InlineData("#005EA5")]
    public void Anything_else_is_not_a_print_colour(string text) => Assert.False(Cmyk.TryParse(text, out _));

    [Fact]
    public void A_colour_with_a_print_value_keeps_its_screen_value_and_records_the_ink()
    {
        using var dir = new TempDir();
        var (t, d) = Load(dir, "    primary: { screen: \"#005EA5\", print: \"cmyk(100,43,0,35)\" }\n    accent: \"#00704A\"\n");
        Assert.Empty(d);
        Assert.Equal(new Colour(0x00, 0x5E, 0xA5), t!.Brand.Colours.Primary);
        Assert.Equal(new Cmyk(100, 43, 0, 35), t.Brand.Colours.Print["primary"]);
        Assert.False(t.Brand.Colours.Print.ContainsKey("accent"));
    }

    [Fact]
    public void A_bad_print_value_is_an_error_at_its_line_and_column()
    {
        using var dir = new TempDir();
        var (_, d) = Load(dir, "    primary: { screen: \"#005EA5\", print: \"cmyk(100,43,0)\" }\n");
        var e = Assert.Single(d, x => x.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InvalidColour, e.Code);
        Assert.Equal(5, e.Location.Line);
        Assert.True(e.Location.Column > 30, "the column points at the print value");
        Assert.Contains("cmyk(C,M,Y,K)", e.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_print_value_without_a_screen_value_or_with_an_unknown_key_is_refused()
    {
        using var dir = new TempDir();
        var (_, missing) = Load(dir, "    primary: { print: \"cmyk(100,43,0,35)\" }\n");
        Assert.Contains(missing, x => x.Code == DiagnosticCodes.MissingKey && x.Message.Contains("screen", StringComparison.Ordinal));

        using var dir2 = new TempDir();
        var (_, unknown) = Load(dir2, "    primary: { screen: \"#005EA5\", pint: \"cmyk(100,43,0,35)\" }\n");
        Assert.Contains(unknown, x => x.Code == DiagnosticCodes.UnknownKey);
    }
}
