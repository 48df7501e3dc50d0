using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Pdf.Print;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>How a print file chooses ink: given print values, K-only black type and greys, profile conversion
/// (LittleCMS) for the rest — reported once per colour.</summary>
[Collection(PrintCollection.Name)]
public sealed class PrintColourTests(PrintFixture print)
{
    private static readonly BrandColours NoPrintValues = new();

    [Fact]
    public void A_given_print_value_is_used_as_is()
    {
        var brand = new BrandColours { Print = new Dictionary<string, Cmyk> { ["primary"] = new(100, 43, 0, 35) } };
        using var inks = new PrintColours(OutputCondition.Fogra39, brand);
        Assert.Equal(new Cmyk(100, 43, 0, 35), inks.Ink(new Rgb(0x00, 0x5E, 0xA5), text: false));
        Assert.Empty(inks.Converted);
    }

    [Fact]
    public void Black_type_is_100_percent_k_and_greys_are_black_only_tints()
    {
        using var inks = new PrintColours(OutputCondition.Fogra39, NoPrintValues);
        Assert.Equal(Cmyk.Black, inks.Ink(new Rgb(0x1A, 0x1A, 0x1A), text: true));
        Assert.Equal(Cmyk.Black, inks.Ink(new Rgb(0x22, 0x20, 0x24), text: true)); // near-neutral dark type
        var grey = inks.Ink(new Rgb(0x77, 0x77, 0x77), text: false);
        Assert.True(grey.IsBlackOnly && grey.K is > 45 and < 80, grey.ToString());
        var light = inks.Ink(new Rgb(0xDD, 0xDD, 0xDD), text: false);
        Assert.True(light.IsBlackOnly && light.K < grey.K && light.K > 0, light.ToString());
        Assert.Equal(Cmyk.White, inks.Ink(Rgb.White, text: false));
        Assert.Empty(inks.Converted); // policy, not a brand colour conversion
    }

    /// <summary>LittleCMS is needed only to convert colours without a print value.</summary>
    private static void RequireLittleCms() => ExternalTool.RequireLibrary("liblcms2.so.2", "liblcms2-2", "LittleCMS");

    [Fact]
    public void The_black_ink_lightness_tables_match_the_profiles()
    {
        RequireLittleCms();
        foreach (var c in new[] { OutputCondition.Fogra39, OutputCondition.GracolTr006 })
        {
            using var profile = new OutputProfile(c.Profile());
            for (var i = 0; i <= 20; i++)
            {
                Assert.InRange(c.BlackLightness[i] - profile.Lightness(0, 0, 0, 5 * i), -0.01, 0.01);
            }
        }

        Assert.Equal(100, OutputCondition.Fogra39.BlackFor(0));
        Assert.Equal(0, OutputCondition.Fogra39.BlackFor(100));
    }

    [Fact]
    public void Other_colours_are_converted_through_the_output_profile_and_remembered()
    {
        RequireLittleCms();
        using var fogra = new PrintColours(OutputCondition.Fogra39, NoPrintValues);
        var blue = fogra.Ink(new Rgb(0x00, 0x5E, 0xA5), text: false);
        Assert.True(blue.C > 80 && blue.M is > 40 and < 70 && blue.Y < 5 && blue.K < 20, blue.ToString());
        var green = fogra.Ink(new Rgb(0x00, 0x70, 0x4A), text: true); // coloured type is converted, not forced to K
        Assert.True(green.C > 60 && green.Y > 50 && green.M < 10, green.ToString());
        var pastel = fogra.Ink(new Rgb(0xFD, 0xEC, 0xEA), text: false);
        Assert.True(pastel.K == 0 && pastel.M is > 0 and < 15, pastel.ToString()); // light tints carry no black (GCR starts at 25 %)
        Assert.Equal([new Rgb(0x00, 0x5E, 0xA5), new Rgb(0x00, 0x70, 0x4A), new Rgb(0xFD, 0xEC, 0xEA)], fogra.Converted.Keys);

        using var gracol = new PrintColours(OutputCondition.GracolTr006, NoPrintValues);
        var usBlue = gracol.Ink(new Rgb(0x00, 0x5E, 0xA5), text: false);
        Assert.True(usBlue.C > 80 && usBlue.Y < 5, usBlue.ToString());
    }

    [Fact]
    public void A_template_without_print_values_warns_once_per_converted_colour_naming_it()
    {
        RequireLittleCms();
        var plan = print.Get("patient-leaflet", "a4.print").Plan;
        var template = plan.Template with { Brand = plan.Template.Brand with { Colours = plan.Template.Brand.Colours with { Print = new Dictionary<string, Cmyk>() } } };
        using var stream = new MemoryStream();
        var result = new LeafletRenderer().Render(plan with { Template = template }, print.Settings with { Previews = false }, stream);
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ColourConverted).ToList();
        Assert.Single(warnings, w => w.Message.Contains("'primary' (#005EA5)", StringComparison.Ordinal) && w.Message.Contains("FOGRA39", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("'heading'", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("'text'", StringComparison.Ordinal)); // black type is K by rule
        Assert.All(warnings, w => Assert.Contains("print: \"cmyk(", w.Hint, StringComparison.Ordinal));
        Assert.Equal(warnings.Count, warnings.Select(w => w.Message).Distinct().Count());

        // Converted or given, the file is the same kind of file.
        Assert.True(NkHandouts.Verify.PrintProduction.PdfX4Checker.Check(stream.ToArray(), "converted.pdf").Passed);
    }

    [Fact]
    public void The_shipped_profiles_are_cmyk_output_profiles_with_their_provenance_in_the_description()
    {
        foreach (var c in new[] { OutputCondition.Fogra39, OutputCondition.GracolTr006 })
        {
            var icc = c.Profile();
            Assert.Equal("prtr", System.Text.Encoding.ASCII.GetString(icc, 12, 4));
            Assert.Equal("CMYK", System.Text.Encoding.ASCII.GetString(icc, 16, 4));
            Assert.Contains("ArgyllCMS", System.Text.Encoding.Latin1.GetString(icc), StringComparison.Ordinal);
        }

        Assert.Same(OutputCondition.GracolTr006, OutputCondition.For(PageSize.Named["Letter"]));
        Assert.Same(OutputCondition.Fogra39, OutputCondition.For(PageSize.Named["A4"]));
        Assert.Same(OutputCondition.Fogra39, OutputCondition.For(PageSize.Named["A5"]));
    }
}
