using System.Xml;

namespace NkHandouts.Layout.Tests;

/// <summary>SVG is parsed with DTDs prohibited and nothing resolved: entity bombs and external entities fail fast,
/// scripts and external references are listed (never run, never fetched).</summary>
public sealed class SvgSafetyTests
{
    private const string Open = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>";

    [Fact]
    public void Billion_laughs_is_refused_before_any_expansion()
    {
        var lol = "<?xml version='1.0'?>\n<!DOCTYPE svg [\n<!ENTITY a 'lollollollollollollollollollol'>\n"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} '{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}'>\n"))
            + "]>\n" + Open + "<title>&j;</title></svg>";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<XmlException>(() => SvgReader.Read(lol, out _));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 5_000_000, "entities were expanded");
        Assert.Contains("DTD", e.Message);
        Assert.True(e.LineNumber == 2, e.Message + " line " + e.LineNumber);
    }

    [Fact]
    public void External_entities_are_never_read()
    {
        using var dir = new TempDir();
        var secret = dir.Combine("secret.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        var xxe = $"<!DOCTYPE svg [<!ENTITY x SYSTEM 'file://{secret}'>]>" + Open + "<title>&x;</title></svg>";
        var e = Assert.Throws<XmlException>(() => SvgSafety.Load(xxe));
        Assert.DoesNotContain("TOP-SECRET", e.Message);
    }

    [Fact]
    public void Active_and_external_content_is_listed_and_not_drawn()
    {
        var svg = Open + "\n<script>alert(1)</script>\n<foreignObject><p>x</p></foreignObject>\n"
            + "<image xlink:href='http://example.org/track.png' width='5' height='5'/>\n<use href='file:///etc/passwd'/>\n<use href='#ok'/>\n"
            + "<rect id='ok' width='4' height='4' onclick='steal()' style='fill:url(https://x.org/a)'/>\n<style>@import url(http://x.org/a.css);</style></svg>";
        var findings = SvgSafety.Findings(SvgSafety.Load(svg));
        Assert.Equal(
        [
            "<script> at line 2 is never run or drawn",
            "<foreignObject> at line 3 is never run or drawn",
            "external reference 'http://example.org/track.png' at line 4 is never fetched",
            "external reference 'file:///etc/passwd' at line 5 is never fetched",
            "event handler 'onclick' at line 7 is never run",
            "external url() in a style at line 7 is never fetched",
            "<style> at line 8 with an external url() or @import is never fetched",
        ], findings);
        var image = SvgReader.Read(svg, out var unsupported);
        Assert.Single(image.Shapes);
        Assert.Contains("script", unsupported);
        Assert.Contains("foreignObject", unsupported);
    }

    [Fact]
    public void A_plain_logo_has_no_findings()
    {
        var logo = File.ReadAllText(Repo.Path_("templates", "patient-leaflet", "logo.svg"));
        Assert.Empty(SvgSafety.Findings(SvgSafety.Load(logo)));
    }
}
