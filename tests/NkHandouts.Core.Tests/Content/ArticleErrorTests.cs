using System.Text;
using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Core.Tests.Content;

/// <summary>One test per bad-input case: the code and the 1-based location it is reported at.</summary>
public sealed class ArticleErrorTests
{
    private const string Good = "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\nBody text.\n";

    private static LoadResult<Article> Parse(string text) => ArticleLoader.Parse(text, "a.md");

    private static Diagnostic Only(LoadResult<Article> result, string code)
    {
        var d = Assert.Single(result.Diagnostics, x => x.Code == code);
        return d;
    }

    [Fact]
    public void A_good_article_has_no_diagnostics()
    {
        var result = Parse(Good);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Missing_front_matter_is_an_error_at_line_1()
    {
        var result = Parse("Just text.\n");
        var d = Only(result, DiagnosticCodes.FrontMatterMissing);
        Assert.Equal(new SourceLocation("a.md", 1, 1), d.Location);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Unclosed_front_matter_says_so()
    {
        var d = Only(Parse("---\ntitle: T\n\nBody\n"), DiagnosticCodes.FrontMatterMissing);
        Assert.Contains("never closed", d.Message);
    }

    [Fact]
    public void Malformed_yaml_is_located_in_the_file()
    {
        var result = Parse("---\ntitle: T\nlanguage: [en-US\naudience: patients\n---\nBody\n");
        var d = Only(result, DiagnosticCodes.YamlSyntax);
        Assert.True(d.IsError);
        Assert.InRange(d.Location.Line, 3, 5);
        Assert.NotNull(d.Hint);
    }

    [Fact]
    public void Tab_indentation_is_a_yaml_error()
    {
        var d = Only(Parse("---\ntitle: T\nsource:\n\ttitle: x\nlanguage: en\naudience: patients\n---\nBody\n"), DiagnosticCodes.YamlSyntax);
        Assert.InRange(d.Location.Line, 2, 4);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("language")]
    [InlineData("audience")]
    public void Each_required_key_is_reported_when_missing(string key)
    {
        var text = Good.Replace($"{key}: ", $"x{key}: ", StringComparison.Ordinal);
        var result = Parse(text);
        var d = Only(result, DiagnosticCodes.MissingKey);
        Assert.Contains($"'{key}'", d.Message);
        Assert.Equal(2, d.Location.Line);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Wrong_type_is_an_error_at_the_value()
    {
        var d = Only(Parse(Good.Replace("title: T", "title: [a, b]", StringComparison.Ordinal)), DiagnosticCodes.WrongType);
        Assert.Equal(new SourceLocation("a.md", 2, 8), d.Location);
    }

    [Fact]
    public void Bad_date_is_a_wrong_type_error()
    {
        var d = Only(Parse(Good.Replace("title: T", "title: T\ndate: 19/12/2025", StringComparison.Ordinal)), DiagnosticCodes.WrongType);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void Unknown_key_warns_with_the_closest_known_key()
    {
        var result = Parse(Good.Replace("title: T", "title: T\nreview-by: 2026-01-01", StringComparison.Ordinal));
        var d = Only(result, DiagnosticCodes.UnknownKey);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("a.md", 3, 1), d.Location);
        Assert.Contains("reviewBy", d.Hint);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Raw_html_is_dropped_with_a_warning()
    {
        var result = Parse(Good + "\n<div>hi</div>\n\nText <b>bold</b>.\n");
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.RawHtml)); // the block, <b> and </b>
        Assert.Equal(9, result.Diagnostics.First(d => d.Code == DiagnosticCodes.RawHtml).Location.Line);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Html_comments_are_silent()
    {
        Assert.Empty(Parse(Good + "\n<!-- reviewer note -->\n").Diagnostics);
    }

    [Fact]
    public void Empty_body_is_an_error()
    {
        var d = Only(Parse("---\ntitle: T\nlanguage: en\naudience: patients\n---\n"), DiagnosticCodes.EmptyArticle);
        Assert.True(d.IsError);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,hi")]
    public void Unsafe_link_schemes_are_dropped_and_the_text_kept(string url)
    {
        var result = Parse(Good + $"\nSee [the page]({url}).\n");
        Only(result, DiagnosticCodes.UnsafeLink);
        var p = result.Value!.Blocks.OfType<ParagraphBlock>().Last();
        Assert.Equal("See the page.", p.PlainText);
        Assert.DoesNotContain(p.Inlines, i => i is LinkInline);
    }

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("mailto:clinic@example.org")]
    [InlineData("tel:+15550100")]
    public void Safe_links_are_kept(string url)
    {
        var result = Parse(Good + $"\nSee [the page]({url}).\n");
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Value!.Blocks.OfType<ParagraphBlock>().Last().Inlines, i => i is LinkInline l && l.Url == url);
    }

    [Fact]
    public void Unknown_container_warns_and_becomes_a_note()
    {
        var result = Parse(Good + "\n::: myht\nText\n:::\n");
        var d = Only(result, DiagnosticCodes.UnknownContainer);
        Assert.Contains("myth", d.Hint);
        Assert.Equal(CalloutKind.Note, result.Value!.Blocks.OfType<CalloutBlock>().Single().Kind);
    }

    [Fact]
    public void Container_arguments_become_its_title()
    {
        var result = Parse(Good + "\n::: fact The reality\nText\n:::\n");
        var c = result.Value!.Blocks.OfType<CalloutBlock>().Single();
        Assert.Equal(CalloutKind.Fact, c.Kind);
        Assert.Equal("The reality", c.Title);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        var deep = new StringBuilder(Good).Append('\n');
        for (var i = 0; i < 1000; i++)
        {
            deep.Append(new string(' ', 0)).Append('>', 1);
        }

        deep.Append(" text\n");
        var result = Parse(deep.ToString());
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Bom_and_crlf_are_accepted_and_lines_stay_right()
    {
        var result = Parse("\uFEFF" + Good.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n## Heading\r\n");
        Assert.True(result.Succeeded);
        Assert.Equal(9, result.Value!.Blocks.OfType<HeadingBlock>().Single().Source.Line);
    }

    [Fact]
    public void Heading_level_skips_warn()
    {
        var d = Only(Parse(Good + "\n## A\n\n#### B\n"), DiagnosticCodes.HeadingLevel);
        Assert.Equal(11, d.Location.Line);
    }

    [Fact]
    public void An_empty_unclosed_code_fence_is_not_a_crash()
    {
        // Found by LoaderFuzzTests (seed 3LBTGvhsbTn3): Markdig gives an empty fence no line array.
        var result = Parse(Good + "\n```|&\n");
        Assert.True(result.Succeeded);
        Assert.Equal("Body text.", Assert.Single(result.Value!.Blocks.OfType<ParagraphBlock>()).PlainText);
    }

    [Fact]
    public void Code_fences_keep_their_lines()
    {
        var result = Parse(Good + "\n```\na\nb\n```\n");
        var code = result.Value!.Blocks.OfType<ParagraphBlock>().Last().Inlines.OfType<CodeInline>().Single();
        Assert.Equal("a\nb", code.Code);
    }

    [Fact]
    public void Lists_nest_and_number()
    {
        var result = Parse(Good + "\n3. one\n   - a\n   - b\n4. two\n");
        var list = result.Value!.Blocks.OfType<ListBlock>().Single();
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        var nested = list.Items[0].Blocks.OfType<ListBlock>().Single();
        Assert.False(nested.Ordered);
        Assert.Equal(2, nested.Items.Count);
    }

    [Fact]
    public void Tables_keep_their_header_row()
    {
        var result = Parse(Good + "\n| Term | Meaning |\n|:--|--:|\n| NK | natural killer |\n");
        var t = result.Value!.Blocks.OfType<TableBlock>().Single();
        Assert.NotNull(t.Header);
        Assert.Equal("Term", t.Header!.Cells[0].PlainText);
        Assert.Equal([TableAlignment.Left, TableAlignment.Right], t.Alignments);
        Assert.Equal("natural killer", t.Rows[1].Cells[1].PlainText);
    }

    [Fact]
    public void Inlines_keep_emphasis_strong_code_links_and_breaks()
    {
        var result = Parse(Good + "\n*a* **b** `c` [d](https://x.org)  \ne\n");
        var inlines = result.Value!.Blocks.OfType<ParagraphBlock>().Last().Inlines;
        Assert.Contains(inlines, i => i is EmphasisInline);
        Assert.Contains(inlines, i => i is StrongInline);
        Assert.Contains(inlines, i => i is CodeInline { Code: "c" });
        Assert.Contains(inlines, i => i is LinkInline);
        Assert.Contains(inlines, i => i is LineBreakInline);
    }

    [Fact]
    public void Footnotes_are_numbered()
    {
        var result = Parse(Good + "\nA claim.[^1]\n\n[^1]: The source.\n");
        var fn = Assert.Single(result.Value!.Footnotes);
        Assert.Equal(1, fn.Number);
        Assert.Contains(result.Value.Blocks.OfType<ParagraphBlock>().Last().Inlines, i => i is FootnoteReferenceInline { Number: 1 });
    }
}
