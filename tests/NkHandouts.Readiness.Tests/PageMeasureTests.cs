using NkHandouts.Readiness.Policy;
using NkHandouts.Templates;

namespace NkHandouts.Readiness.Tests;

/// <summary>Each measure of the page check on a failing and a passing hand-written PDF, judged under the patient
/// policy (or a stricter one where the patient policy sets no limit).</summary>
public sealed class PageMeasureTests
{
    private static PageCheckResult Check(FixturePdf pdf, PagePolicy? policy = null) =>
        PageCheck.Run("fixture.pdf", pdf.Build(), policy ?? PagePolicy.Patients, "patients");

    private static void Fails(PageCheckResult r, string rule) =>
        Assert.True(r.Findings.Any(f => f.RuleId == rule && f.Level == FindingLevel.Error), $"{rule} expected; found: {string.Join(" | ", r.Reasons)}");

    private static void Passes(PageCheckResult r, string rule) =>
        Assert.False(r.Findings.Any(f => f.RuleId == rule && f.Level != FindingLevel.Note), $"{rule} not expected; found: {string.Join(" | ", r.Reasons)}");

    [Fact]
    public void A_clean_page_passes_every_patient_rule()
    {
        var r = Check(new FixturePdf().Filled());
        Assert.Equal("pass", r.Verdict);
        var p = Assert.Single(r.Pages);
        Assert.Equal(12, p.BodySize);
        Assert.Equal(1.4, p.LineSpacing!.Value, 2);
        Assert.Equal(0, p.JustifiedLines);
        Assert.InRange(p.EmptyPercent, 0, 3); // ragged line ends are not empty space
    }

    [Fact]
    public void Body_size_below_12_pt_fails()
    {
        var small = Check(new FixturePdf().Filled(size: 10));
        Fails(small, PageRules.BodySize);
        Assert.Equal(10, small.Pages[0].BodySize);
        Passes(Check(new FixturePdf().Filled(size: 12)), PageRules.BodySize);
    }

    [Fact]
    public void Furniture_under_9_pt_fails_and_9_pt_passes()
    {
        var tiny = Check(new FixturePdf().Filled(bottom: 80).Text(50, 40, 7, "Version 1.0 - page 1 of 1"));
        Fails(tiny, PageRules.SmallestSize);
        Assert.Equal(7, tiny.Pages[0].SmallestSize);
        Passes(Check(new FixturePdf().Filled(bottom: 80).Text(50, 40, 9, "Version 1.0 - page 1 of 1")), PageRules.SmallestSize);
    }

    [Fact]
    public void The_closing_note_under_the_last_pages_running_text_is_not_its_body()
    {
        // Six lines of 12 pt running text and nine longer lines of 9.6 pt small print: the note has more letters.
        static FixturePdf Page(FixturePdf pdf, bool noteFirst)
        {
            var body = Enumerable.Range(0, 6).Select(i => FixturePdf.Sentence(i, 55));
            var note = Enumerable.Range(0, 9).Select(i => FixturePdf.Sentence(i + 3, 70));
            return noteFirst
                ? pdf.Lines(50, 800, 9.6, 1.3, note, "Helvetica").Lines(50, 640, 12, 1.4, body, "Helvetica")
                : pdf.Lines(50, 800, 12, 1.4, body, "Helvetica").Lines(50, 680, 9.6, 1.3, note, "Helvetica");
        }

        var closing = Check(Page(new FixturePdf().Filled().Page(), noteFirst: false));
        Assert.Equal(12, closing.Pages[1].BodySize);
        Assert.Equal(9.6, closing.Pages[1].SmallestSize);
        Passes(closing, PageRules.BodySize);

        // Small print above the running text, or on a page that is not the last, is still what the page is set in.
        var above = Check(Page(new FixturePdf().Filled().Page(), noteFirst: true));
        Assert.Equal(9.6, above.Pages[1].BodySize);
        Fails(above, PageRules.BodySize);
        Fails(Check(Page(new FixturePdf(), noteFirst: false).Page().Filled()), PageRules.BodySize);
    }

    [Fact]
    public void Heading_sizes_are_measured()
    {
        var r = Check(new FixturePdf().Text(50, 810, 20, "What NK cells do", "Helvetica-Bold").Text(50, 500, 15, "Questions", "Helvetica-Bold").Filled(top: 780));
        Assert.Equal([20, 15], r.Pages[0].HeadingSizes);
        Assert.Contains(r.Findings, f => f.RuleId == PageRules.HeadingSizes && f.Level == FindingLevel.Note);
    }

    [Fact]
    public void Lines_over_75_or_under_45_characters_fail()
    {
        static FixturePdf Of(int length) =>
            new FixturePdf().Lines(40, 800, 12, 1.4, Enumerable.Range(0, 30).Select(i => FixturePdf.Sentence(i, length - i % 3)), "Helvetica");

        var wide = Check(Of(90));
        Fails(wide, PageRules.CharsPerLine);
        Assert.InRange(wide.Pages[0].CharsPerLine.P90, 88, 90);
        Fails(Check(Of(32)), PageRules.CharsPerLine);
        var fine = Check(Of(62));
        Passes(fine, PageRules.CharsPerLine);
        Assert.InRange(fine.Pages[0].CharsPerLine.Median, 60, 62);
    }

    [Fact]
    public void Words_per_line_are_counted_from_the_gaps_between_glyphs()
    {
        var r = Check(new FixturePdf().Lines(50, 800, 12, 1.4, Enumerable.Repeat("one two three four five six seven eight nine ten eleven", 10)));
        Assert.Equal(11, r.Pages[0].WordsPerLine.Median);
        Assert.Equal(55, r.Pages[0].CharsPerLine.Median); // 45 letters and 10 spaces
    }

    [Fact]
    public void Line_spacing_under_the_minimum_fails()
    {
        var largePrint = PagePolicy.Patients with { MinLineSpacing = 1.5 };
        var tight = Check(new FixturePdf().Lines(50, 800, 12, 1.2, Enumerable.Range(0, 40).Select(i => FixturePdf.Sentence(i, 50 + i % 9))), largePrint);
        Fails(tight, PageRules.LineSpacing);
        Assert.Equal(1.2, tight.Pages[0].LineSpacing!.Value, 2);
        Passes(Check(new FixturePdf().Lines(50, 800, 12, 1.6, Enumerable.Range(0, 30).Select(i => FixturePdf.Sentence(i, 50 + i % 9))), largePrint), PageRules.LineSpacing);
    }

    [Fact]
    public void Contrast_is_measured_against_the_fill_under_the_text()
    {
        // White on the brand blue box: fine. The same white outside the box: invisible.
        var boxed = Check(new FixturePdf().Filled(top: 700).Box(40, 740, 400, 60, "#005EA5").Text(50, 760, 14, "Patient information", colour: "#FFFFFF"));
        Passes(boxed, PageRules.Contrast);
        Assert.Contains(boxed.Pages[0].Contrast, c => c.Text == Colour.White && c.Background == new Colour(0x00, 0x5E, 0xA5) && c.Ratio > 6.5);

        var lost = Check(new FixturePdf().Filled(top: 700).Box(40, 740, 100, 60, "#005EA5").Text(200, 760, 14, "Patient information", colour: "#FFFFFF"));
        Fails(lost, PageRules.Contrast);
        Assert.Contains(lost.Pages[0].Contrast, c => c.Ratio == 1);
    }

    [Fact]
    public void Grey_passes_as_large_text_but_not_as_body_text()
    {
        // #808080 on white is 3.95:1: enough for 18 pt (3:1), not for 12 pt (4.5:1).
        Fails(Check(new FixturePdf().Filled(top: 760).Text(50, 790, 12, "Call us if you feel unwell", colour: "#808080")), PageRules.Contrast);
        var large = Check(new FixturePdf().Filled(top: 760).Text(50, 790, 20, "Call us if you feel unwell", colour: "#808080"));
        Passes(large, PageRules.Contrast);
        Assert.Contains(large.Pages[0].Contrast, c => c.Large && Math.Abs(c.Ratio - 3.95) < 0.01);
    }

    [Fact]
    public void Justified_paragraphs_fail_and_ragged_ones_pass()
    {
        static IEnumerable<string> Justify(IEnumerable<string> lines, int width) => lines.Select(l =>
        {
            var words = l.Split(' ');
            var spaces = width - words.Sum(w => w.Length);
            var gaps = words.Length - 1;
            return string.Concat(words.Select((w, i) => i == gaps ? w : w + new string(' ', spaces / gaps + (i < spaces % gaps ? 1 : 0))));
        });

        var source = Enumerable.Range(0, 8).Select(i => FixturePdf.Sentence(i * 3, 50 + i * 5 % 9)).ToList();
        var justified = new FixturePdf();
        for (var p = 0; p < 5; p++)
        {
            justified.Lines(50, 800 - p * 150, 12, 1.4, [.. Justify(source.Take(6), 62), source[6]]);
        }

        var r = Check(justified);
        Fails(r, PageRules.Justified);
        Assert.Equal(30, r.Pages[0].JustifiedLines); // six flush lines in each of five paragraphs
        Passes(Check(new FixturePdf().Filled()), PageRules.Justified);
    }

    [Fact]
    public void More_than_three_words_in_capitals_fail()
    {
        var shouting = Check(new FixturePdf().Filled(top: 760).Text(50, 790, 12, "PLEASE READ THIS NOTE CAREFULLY before your visit"));
        Fails(shouting, PageRules.CapsRun);
        Assert.Equal(["PLEASE READ THIS NOTE CAREFULLY"], shouting.Pages[0].CapsRuns);
        Passes(Check(new FixturePdf().Filled(top: 760).Text(50, 790, 12, "NK cells: the CDC says CALL US NOW if unwell")), PageRules.CapsRun);
    }

    [Fact]
    public void Italic_share_is_measured_and_judged()
    {
        var policy = PagePolicy.Patients with { MaxItalicPercent = 10 };
        var slanted = Check(new FixturePdf().Filled(font: "Helvetica-Oblique"), policy);
        Fails(slanted, PageRules.Italic);
        Assert.Equal(100, slanted.Pages[0].ItalicPercent);
        var one = Check(new FixturePdf().Filled(top: 760).Text(50, 790, 12, "A quote", "Helvetica-Oblique"), policy);
        Passes(one, PageRules.Italic);
        Assert.InRange(one.Pages[0].ItalicPercent, 0.1, 2);
    }

    [Fact]
    public void A_page_more_than_40_percent_empty_fails_unless_it_is_the_last()
    {
        var gap = Check(new FixturePdf().Filled(top: 800, bottom: 500).Page().Filled());
        Fails(gap, PageRules.EmptyPage);
        Assert.InRange(gap.Pages[0].EmptyPercent, 55, 62); // 300 of 750 pt used
        Assert.Equal(1, gap.Findings.Single(f => f.RuleId == PageRules.EmptyPage).Page);

        var lastShort = Check(new FixturePdf().Filled().Page().Filled(top: 800, bottom: 700));
        Passes(lastShort, PageRules.EmptyPage);
        Assert.True(lastShort.Pages[1].EmptyPercent > 80);
    }

    [Fact]
    public void Words_between_headings_are_counted_across_pages()
    {
        var policy = PagePolicy.Patients with { MaxWordsBetweenHeadings = 200 };
        var wall = Check(new FixturePdf().Filled().Page().Filled(), policy);
        Fails(wall, PageRules.WordsBetweenHeadings);
        Assert.Equal(wall.Pages[0].WordsBetweenHeadings, wall.Pages[1].WordsBetweenHeadings); // one run over both pages

        var sections = new FixturePdf();
        for (var top = 800; top > 100; top -= 140)
        {
            sections.Text(50, top, 16, "Heading", "Helvetica-Bold").Filled(top: top - 24, bottom: top - 120);
        }

        var fine = Check(sections, policy);
        Passes(fine, PageRules.WordsBetweenHeadings);
        Assert.InRange(fine.Pages[0].WordsBetweenHeadings, 40, 80);
    }

    [Fact]
    public void A_report_only_policy_warns_and_never_fails()
    {
        var r = Check(new FixturePdf().Filled(size: 10), PagePolicy.Patients with { Enforce = false });
        Assert.Equal("report", r.Verdict);
        Assert.True(r.Broken);
        Assert.All(r.Findings.Where(f => f.RuleId == PageRules.BodySize), f => Assert.Equal(FindingLevel.Warning, f.Level));
    }
}
