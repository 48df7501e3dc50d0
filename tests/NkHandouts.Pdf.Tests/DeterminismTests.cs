using System.Globalization;

namespace NkHandouts.Pdf.Tests;

/// <summary>Same input, same bytes: across renders, cultures and time zones.</summary>
public sealed class DeterminismTests(LeafletFixture leaflet) : IClassFixture<LeafletFixture>
{
    [Fact]
    public void Two_renders_are_byte_identical()
    {
        var plan = new LeafletRenderer().Plan(leaflet.Article, leaflet.Template)[0];
        var (again, _) = LeafletFixture.Render(plan, leaflet.Settings);
        Assert.Equal(leaflet.Bytes["a4"], again);
    }

    [Theory]
    [InlineData("de-DE", "Europe/Berlin")]
    [InlineData("tr-TR", "Pacific/Auckland")]
    public void Culture_and_time_zone_do_not_change_the_bytes(string culture, string zone)
    {
        var plan = new LeafletRenderer().Plan(leaflet.Article, leaflet.Template).Single(p => p.Variant == "letter");
        var (savedCulture, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var savedTz = Environment.GetEnvironmentVariable("TZ");
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            var (bytes, _) = LeafletFixture.Render(plan, leaflet.Settings);
            Assert.Equal(leaflet.Bytes["letter"], bytes);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
            Environment.SetEnvironmentVariable("TZ", savedTz);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void Random_parts_are_derived_from_the_content()
    {
        var text = System.Text.Encoding.Latin1.GetString(leaflet.Bytes["a4"]);
        // A different timestamp changes the derived /ID: it is a hash of the content, not a constant.
        var plan = new LeafletRenderer().Plan(leaflet.Article, leaflet.Template)[0];
        var (other, _) = LeafletFixture.Render(plan, leaflet.Settings with { Timestamp = leaflet.Settings.Timestamp.AddDays(1) });
        string Id(string pdf) => System.Text.RegularExpressions.Regex.Match(pdf, @"/ID\[<([0-9A-F]{32})>").Groups[1].Value;
        Assert.NotEqual("", Id(text));
        Assert.NotEqual(Id(text), Id(System.Text.Encoding.Latin1.GetString(other)));
        Assert.DoesNotContain("Created with PDFsharp", text);
    }
}
