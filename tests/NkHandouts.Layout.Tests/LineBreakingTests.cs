using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

public sealed class LineBreakingTests
{
    private static string[] Break(string text, double width)
    {
        var shaped = new ShapedText([new TextSpan(text, TestFonts.Style())]);
        return [.. LineBreaker.Break(shaped, width, 1.4).Select(l => shaped.Text[l.Start..l.VisibleEnd].Replace("\u00AD", "") + (l.Hyphenated ? "-" : ""))];
    }

    [Fact]
    public void Breaks_at_spaces_and_spaces_hang()
    {
        var width = TestFonts.Width("alpha beta");
        Assert.Equal(["alpha beta", "gamma"], Break("alpha beta gamma", width));
    }

    [Fact]
    public void Breaks_after_a_hyphen_and_keeps_it()
    {
        var width = TestFonts.Width("one-size-") + 0.01;
        Assert.Equal(["one-size-", "fits-all"], Break("one-size-fits-all", width));
    }

    [Fact]
    public void Breaks_after_a_slash_but_not_inside_a_double_slash()
    {
        Assert.Equal(["and/", "or"], Break("and/or", TestFonts.Width("and/o")));
        Assert.Equal(["see", "https://x.org/", "a"], Break("see https://x.org/a", TestFonts.Width("https://x.org/") + 0.01));
    }

    [Fact]
    public void A_web_address_breaks_after_a_slash_rather_than_its_own_hyphen_and_gains_no_hyphen()
    {
        const string url = "https://www.example.org/handouts/nk-cell-therapy-myths";
        var lines = Break(url, TestFonts.Width("https://www.example.org/handouts/nk-cell-"));
        Assert.Equal(["https://www.example.org/handouts/", "nk-cell-therapy-myths"], lines);
        Assert.Equal(url, string.Concat(lines));
    }

    [Fact]
    public void A_web_address_breaks_after_a_dot_or_hyphen_when_no_slash_is_near()
    {
        const string url = "https://www.example.org/nk-cell-therapy-myths-and-facts";
        var lines = Break(url, TestFonts.Width("https://www.example.org/nk-cell-therapy-my"));
        Assert.Equal(["https://www.example.org/nk-cell-therapy-", "myths-and-facts"], lines);
        var dotted = Break("https://www.example.org", TestFonts.Width("https://www.exam"));
        Assert.Equal(["https://www.", "example.org"], dotted);
    }

    [Fact]
    public void A_web_address_never_breaks_inside_its_scheme()
    {
        Assert.Equal(["see", "https://example.", "org/abc"], Break("see https://example.org/abc", TestFonts.Width("https://example.or")));
    }

    [Fact]
    public void Balanced_lines_even_out_a_title_with_the_same_line_count()
    {
        var shaped = new ShapedText([new TextSpan("NK Cell Therapy: 3 Myths and the Facts", TestFonts.Style())]);
        string[] Lines(TextLine[] ls) => [.. ls.Select(l => shaped.Text[l.Start..l.VisibleEnd])];
        var narrow = TestFonts.Width("NK Cell Therapy:") + 0.01;
        Assert.Equal(3, LineBreaker.Break(shaped, narrow, 1.2).Length);
        Assert.Equal(["NK Cell Therapy:", "3 Myths and", "the Facts"], Lines(LineBreaker.Balance(shaped, narrow, 1.2)));
    }

    [Fact]
    public void A_title_keeps_a_small_number_with_the_word_it_counts()
    {
        var shaped = new ShapedText([new TextSpan("NK Cell Therapy: 3 Myths and 120 more", TestFonts.Style())]);
        var width = TestFonts.Width("NK Cell Therapy: 3") + 0.01;
        string[] Lines() => [.. LineBreaker.Break(shaped, width, 1.2).Select(l => shaped.Text[l.Start..l.VisibleEnd])];
        Assert.Equal("NK Cell Therapy: 3", Lines()[0]);
        TextBlock.KeepNumbersWithWords(shaped);
        Assert.Equal("NK Cell Therapy:", Lines()[0]);
        Assert.StartsWith("3 Myths", Lines()[1]);
        Assert.DoesNotContain(Lines(), l => l.EndsWith(" 120", StringComparison.Ordinal));
    }

    [Fact]
    public void Soft_hyphen_is_invisible_unless_the_line_breaks_there()
    {
        var text = "immuno\u00ADtherapy";
        Assert.Equal(["immunotherapy"], Break(text, 1000));
        Assert.Equal(["immuno-", "therapy"], Break(text, TestFonts.Width("immuno-") + 0.01));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut()
    {
        var lines = Break("abcdefghij", TestFonts.Width("abcd") + 0.01);
        Assert.Equal("abcd", lines[0]);
        Assert.Equal("abcdefghij", string.Concat(lines));
    }

    [Fact]
    public void Hard_break_ends_the_line()
    {
        Assert.Equal(["one", "two"], Break("one\ntwo", 1000));
    }

    [Fact]
    public void Leading_minus_is_not_a_break()
    {
        Assert.Equal(["a", "-5"], Break("a -5", TestFonts.Width("a -") + 0.01));
    }

    [Fact]
    public void Fallback_fonts_supply_missing_glyphs_and_the_rest_is_reported()
    {
        // DejaVu Sans ExtraLight has no bullet; the (full) DejaVu Sans fallback has; no font has U+1F9EC.
        const string light = "/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf";
        if (!File.Exists(light))
        {
            Assert.Skip("DejaVu Sans ExtraLight is not installed (fonts-dejavu-extra)");
        }

        var main = new FontFamily("Light", new Dictionary<FontStyle, FontFace> { [FontStyle.Regular] = FontLocator.Load(light) });
        var style = new TextStyle(main, 10, Rgb.Black) { Fallbacks = [TestFonts.DejaVu] };
        var shaped = new ShapedText([new TextSpan("a\u2022b\U0001F9EC", style)]);
        Assert.Same(main.Face(FontStyle.Regular), shaped.Face[0]);
        Assert.Same(TestFonts.DejaVu.Face(FontStyle.Regular), shaped.Face[1]);
        Assert.Equal([0x1F9EC], shaped.Missing);
    }
}
