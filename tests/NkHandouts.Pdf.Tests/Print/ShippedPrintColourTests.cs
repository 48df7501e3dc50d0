using NkHandouts.Templates;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>The shipped leaflet templates give every printed brand colour a print value, and black text is K only.</summary>
public sealed class ShippedPrintColourTests
{
    [Fact]
    public void The_shipped_leaflet_templates_give_every_printed_brand_colour_a_print_value_and_black_text_is_k_only()
    {
        var leaflets = TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Where(t => t.Output == "pdf-leaflet").ToList();
        Assert.Contains(leaflets, t => t.Name == "patient-leaflet");
        foreach (var t in TemplateCatalog.Load(Repo.Templates, SampleArticle.Outputs).All.Where(t => t.Output == "pdf-leaflet"))
        {
            Assert.Equal(Cmyk.Black, t.Brand.Colours.Print["text"]);
            foreach (var name in new[] { "primary", "accent", "heading", "mythBackground", "myth", "factBackground", "boxBackground" })
            {
                Assert.True(t.Brand.Colours.Print.ContainsKey(name), $"{t.Name}: {name}");
            }
        }
    }
}
