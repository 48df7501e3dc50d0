using System.Globalization;
using System.Text.RegularExpressions;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Html;

namespace NkHandouts.Html.Tests;

/// <summary>Article and template text is escaped everywhere, links are safe, the page is self-contained and
/// deterministic, hostile images are refused, and an unknown block type is an error rather than a gap.</summary>
public sealed partial class SafetyTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quotes\" 'single' </p></main>";

    [Fact]
    public void Article_text_is_escaped_in_every_position()
    {
        using var dir = new TempDir();
        var md = $"""
            ---
            title: "T {Hostile.Replace("\"", "\\\"")}"
            subtitle: "S {Hostile.Replace("\"", "\\\"")}"
            summary: "Sum {Hostile.Replace("\"", "\\\"")}"
            keywords: ["k </title><script>x</script>"]
            language: en-US
            audience: patients
            url: "https://example.org/a?b=1&c=\"2\""
            ---

            Para `{Hostile}` and \<b>not bold\</b>.

            ## H `<img src=x onerror=alert(1)>`

            ::: fact The <i>real</i> story
            Text.
            :::

            | a | b |
            |---|---|
            | `<td>` | x |
            """;
        var article = Pages.FromMarkdown(dir, md);
        var html = Pages.Render(article);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        var d = Pages.Parse(html);
        // Printed text has typographic quotes from the loader (issue #15); the code span below keeps the straight ones.
        Assert.Equal(NkHandouts.Text.SmartQuotes.Apply("T " + Hostile), d.QuerySelector("h1")!.TextContent);
        Assert.Contains(Hostile, d.QuerySelector("main p:not(.subtitle):not(.summary)")!.TextContent);
        Assert.Equal("k </title><script>x</script>", d.QuerySelector("meta[name=keywords]")!.GetAttribute("content"));
        Assert.Equal("H <img src=x onerror=alert(1)>", d.QuerySelector("main h2:not(#contents-title)")!.TextContent);
        Assert.Equal("https://example.org/a?b=1&c=\"2\"", d.QuerySelector("footer a")!.GetAttribute("href"));
        Assert.Empty(d.QuerySelectorAll("script, [onerror], i"));
    }

    [Fact]
    public void Unsafe_link_targets_become_plain_text_with_a_warning()
    {
        var article = Minimal([new ParagraphBlock(default, [
            new LinkInline("javascript:alert(1)", [new TextInline("click")]),
            new TextInline(" "),
            new LinkInline("data:text/html,<script>alert(1)</script>", [new TextInline("data")]),
            new TextInline(" "),
            new LinkInline(" https://example.org", [new TextInline("spaced")]),
            new TextInline(" "),
            new LinkInline("https://example.org/ok", [new TextInline("ok")]),
        ])]);
        var html = Pages.Render(article, null, null, out var result);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", html, StringComparison.OrdinalIgnoreCase);
        var d = Pages.Parse(html);
        Assert.Equal(["https://example.org/ok"], d.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")));
        Assert.Contains("click data spaced ok", d.QuerySelector("main p")!.TextContent);
        Assert.Equal(3, result.Diagnostics.Count(x => x.Code == DiagnosticCodes.UnsafeLink));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_never_reach_the_page()
    {
        var article = Minimal([new ParagraphBlock(default, [new TextInline("a\u0001b\u0085c\uD800d\uFFFEe\r\nf 😀")])]);
        var html = Pages.Render(article);
        var text = Pages.Parse(html).QuerySelector("main p")!.TextContent;
        Assert.Equal("abc\uFFFDde\nf 😀", text);
    }

    [Fact]
    public void The_page_is_self_contained_and_needs_no_script()
    {
        using var synthetic = new SyntheticArticle();
        foreach (var html in new[] { Pages.Render(Pages.PatientArticle()), Pages.Render(synthetic.Article) })
        {
            var d = Pages.Parse(html);
            Assert.Empty(d.QuerySelectorAll("script, noscript, iframe, object, embed, link[rel=stylesheet], base, form"));
            Assert.All(d.QuerySelectorAll("[src]"), e => Assert.StartsWith("data:image/", e.GetAttribute("src")));
            Assert.All(d.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), a.Name));
            var css = string.Concat(d.QuerySelectorAll("style").Select(s => s.TextContent));
            Assert.Single(d.QuerySelectorAll("style"));
            Assert.DoesNotContain("@import", css);
            Assert.DoesNotContain("url(", css);
            Assert.Contains("@media print", css);
        }
    }

    [Fact]
    public void A_font_name_cannot_break_out_of_the_stylesheet()
    {
        var template = Pages.WebTemplate();
        template = template with { Typography = template.Typography with { BodyFont = "Evil\"; } </style><script>alert(1)</script>" } };
        var html = Pages.Render(Minimal([new ParagraphBlock(default, [new TextInline("x")])]), template);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var css = Pages.Parse(html).QuerySelector("style")!.TextContent;
        Assert.Contains("--body-font:\"Evil stylescriptalert1script\",", css);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_whatever_the_culture()
    {
        using var synthetic = new SyntheticArticle();
        var first = Pages.RenderBytes(synthetic.Article, null, null, out _);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in new[] { "de-DE", "tr-TR", "ar-SA", "ja-JP" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(first, Pages.RenderBytes(synthetic.Article, null, null, out _));
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }

        Assert.False(first.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "no byte-order mark");
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void A_refused_image_is_a_located_error_and_nothing_is_written()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.Combine("pic.gif"), "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray());
        File.WriteAllBytes(dir.Combine("bomb.png"), TestImages.PngClaiming(100_000, 100_000));
        var article = Pages.FromMarkdown(dir, "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n![a gif](pic.gif)\n\n![a bomb](bomb.png)\n");
        var bytes = Pages.RenderBytes(article, null, null, out var result);
        Assert.Empty(bytes);
        var errors = result.Diagnostics.Where(x => x.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.ImageRefused, e.Code));
        Assert.Contains("GIF", errors[0].Message);
        Assert.Equal(7, errors[0].Location.Line);
        Assert.Contains("limit", errors[1].Message);
    }

    [Fact]
    public void An_svg_image_with_a_script_is_embedded_as_an_image_with_a_warning()
    {
        using var dir = new TempDir();
        dir.File("d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><script>alert(1)</script><rect width=\"20\" height=\"10\"/></svg>");
        dir.File("dtd.svg", "<!DOCTYPE svg [<!ENTITY a \"b\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var article = Pages.FromMarkdown(dir, "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n![drawing](d.svg)\n");
        var html = Pages.Render(article, null, null, out var result);
        var img = Pages.Parse(html).QuerySelector("figure img")!;
        Assert.StartsWith("data:image/svg+xml;base64,", img.GetAttribute("src"));
        Assert.Equal("20", img.GetAttribute("width"));
        Assert.Contains(result.Diagnostics, x => x.Code == DiagnosticCodes.UnsupportedSvg && x.Message.Contains("script", StringComparison.Ordinal));

        var withDtd = Pages.FromMarkdown(dir, "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n![drawing](dtd.svg)\n", "b.md");
        Assert.Empty(Pages.RenderBytes(withDtd, null, null, out var refused));
        Assert.Contains(refused.Diagnostics, x => x.Code == DiagnosticCodes.ImageRefused && x.Message.Contains("DTD", StringComparison.Ordinal));
    }

    private sealed record UnknownBlock() : Block(new SourceLocation("x.md", 3, 1));

    [Fact]
    public void A_block_type_the_page_does_not_know_is_an_error_not_a_gap()
    {
        var article = Minimal([new UnknownBlock()]);
        var e = Assert.Throws<NotSupportedException>(() => Pages.Render(article));
        Assert.Contains("UnknownBlock", e.Message);
    }

    [Fact]
    public void Every_block_type_of_the_model_is_rendered()
    {
        // Guards the switch in BodyWriter: a block type added to the model must be added there too.
        var known = new[] { typeof(HeadingBlock), typeof(ParagraphBlock), typeof(ListBlock), typeof(ListItemBlock), typeof(QuoteBlock), typeof(CalloutBlock), typeof(TableBlock), typeof(ImageBlock), typeof(ThematicBreakBlock), typeof(FootnoteBlock) };
        var all = typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).ToList();
        Assert.Empty(all.Except(known));
        using var synthetic = new SyntheticArticle();
        var d = Pages.Parse(Pages.Render(synthetic.Article));
        Assert.NotEmpty(d.QuerySelectorAll("main h2, main p, main ul, main li, main blockquote, main section.callout, main table, main figure, main hr, section.footnotes li"));
        foreach (var selector in new[] { "main h2", "main p", "main ul", "main li", "main blockquote", "main section.callout", "main table", "main figure", "main hr", "section.footnotes li" })
        {
            Assert.NotNull(d.QuerySelector(selector));
        }
    }

    internal static Article Minimal(IReadOnlyList<Block> blocks) => new(
        "/tmp/minimal.md",
        new ArticleMetadata { Title = "Minimal", Language = "en-US", Audience = "patients" },
        blocks,
        []);

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
