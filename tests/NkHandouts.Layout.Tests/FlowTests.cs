using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

/// <summary>Pagination rules, checked on a small page: 300 × 200 pt, 10 pt margins, 10 pt text on 14 pt lines
/// (so the 180 pt body holds 12 lines).</summary>
public sealed class FlowTests
{
    private static readonly TextStyle Style = TestFonts.Style();

    private static RecordingSurface Render(params Element[] children)
    {
        var surface = new RecordingSurface();
        new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), Compose.Column(0, children)).Render(surface);
        return surface;
    }

    /// <summary>A paragraph of exactly <paramref name="lines"/> lines (hard breaks), words "name1".."nameN".</summary>
    private static Element Para(string name, int lines) =>
        Compose.Text(string.Join('\n', Enumerable.Range(1, lines).Select(i => name + i)), Style).Tag(StructureTag.P);

    private static Element Filler(int lines) => Para("filler", lines);

    private static int PageOf(RecordingSurface s, string text) => s.Texts.Single(t => t.Text == text).Page;

    [Fact]
    public void Paragraph_continues_on_the_next_page()
    {
        var s = Render(Filler(8), Para("p", 8));
        Assert.Equal(1, PageOf(s, "p4"));
        Assert.Equal(2, PageOf(s, "p5"));
    }

    [Fact]
    public void No_single_line_left_at_a_page_foot()
    {
        // 11 lines used: one would fit, but a lone first line (orphan) is not allowed: the paragraph moves.
        var s = Render(Filler(11), Para("p", 5));
        Assert.Equal(2, PageOf(s, "p1"));
    }

    [Fact]
    public void No_single_line_carried_to_the_next_page()
    {
        // 9 lines used, 3 fit of 4: the last would be a widow, so only 2 stay and 2 go over.
        var s = Render(Filler(9), Para("p", 4));
        Assert.Equal(1, PageOf(s, "p2"));
        Assert.Equal(2, PageOf(s, "p3"));
    }

    [Fact]
    public void A_heading_never_ends_a_page()
    {
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        var s = Render(Filler(10), heading, Para("p", 4));
        Assert.Equal(2, PageOf(s, "Heading"));
        Assert.Equal(2, PageOf(s, "p1"));
    }

    [Fact]
    public void A_heading_followed_by_a_kept_pair_moves_with_the_pair()
    {
        // heading → myth (kept with its fact) → fact: 10 filler lines leave room for the heading and the myth but
        // not the fact, so all three go over; the heading must not be left alone at the page foot.
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        var myth = Para("myth", 1).KeepTogether().WithKeepWithNext();
        var fact = Para("fact", 2).KeepTogether();
        var s = Render(Filler(9), heading, myth, fact);
        Assert.Equal(2, PageOf(s, "Heading"));
        Assert.Equal(2, PageOf(s, "myth1"));
        Assert.Equal(2, PageOf(s, "fact1"));
    }

    [Fact]
    public void A_page_that_ends_early_says_which_keep_ended_it()
    {
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        var myth = Para("myth", 1).KeepTogether().WithKeepWithNext();
        var fact = Para("fact", 2).KeepTogether();
        var report = new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), Compose.Column(0, Filler(9), heading, myth, fact)).Render(new RecordingSurface());
        var end = Assert.Single(report.PageEnds);
        Assert.Equal(1, end.Page);
        Assert.Equal(180 - 9 * 14, end.SpaceLeft, 1); // the 180 pt body less 9 lines
        Assert.Equal("\u201CHeading\u201D keeps with what follows through \u201Cfact1\nfact2\u201D, which does not fit in the space left", end.Reason);
    }

    [Fact]
    public void A_page_end_points_at_the_block_that_goes_over()
    {
        // The heading keeps with the myth and fact: all three go over, and the first of them with a source is named
        // (the reason the build quotes for a page found too empty, located where the author can act).
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        heading.Source = (40, 1);
        var myth = Para("myth", 1).KeepTogether().WithKeepWithNext();
        myth.Source = (42, 1);
        var fact = Para("fact", 2).KeepTogether();
        var report = new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), Compose.Column(0, Filler(9), heading, myth, fact)).Render(new RecordingSurface());
        Assert.Equal((40, 1), Assert.Single(report.PageEnds).Source);

        heading.Source = null; // a block with no source (a spacer, the title) is passed over for the next one
        report = new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), Compose.Column(0, Filler(9), heading, myth, fact)).Render(new RecordingSurface());
        Assert.Equal((42, 1), Assert.Single(report.PageEnds).Source);
    }

    [Fact]
    public void A_page_that_ends_inside_a_paragraph_says_it_continues()
    {
        var report = new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), Compose.Column(0, Filler(8), Para("p", 8))).Render(new RecordingSurface());
        var end = Assert.Single(report.PageEnds);
        Assert.Equal(180 - 12 * 14, end.SpaceLeft, 1); // full: less than a line left
        Assert.StartsWith("\u201Cp1", end.Reason, StringComparison.Ordinal);
        Assert.EndsWith("continues on the next page", end.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_line_kept_with_previous_never_starts_a_page_alone()
    {
        // 7 + 4 lines fill 11 of 12; the 2-line closing line does not fit after them, so the 4-line paragraph ends
        // after 2 lines (its widow rule) and its last 2 go over with the closing line.
        var s = Render(Filler(7), Para("p", 4), Para("contact", 2).KeepTogether().WithKeepWithPrevious());
        Assert.Equal(1, PageOf(s, "p2"));
        Assert.Equal(2, PageOf(s, "p3"));
        Assert.Equal(2, PageOf(s, "contact1"));
    }

    [Fact]
    public void Without_the_keep_the_closing_line_starts_the_next_page_alone()
    {
        var s = Render(Filler(7), Para("p", 4), Para("contact", 2).KeepTogether());
        Assert.Equal(1, PageOf(s, "p4"));
        Assert.Equal(2, PageOf(s, "contact1"));
    }

    [Fact]
    public void A_kept_with_previous_line_that_fits_changes_nothing()
    {
        var s = Render(Filler(4), Para("p", 4), Para("contact", 2).KeepTogether().WithKeepWithPrevious());
        Assert.Equal(1, PageOf(s, "p4"));
        Assert.Equal(1, PageOf(s, "contact2"));
    }

    [Fact]
    public void A_spacer_at_a_page_top_leaves_no_room_above_the_heading_it_keeps_with()
    {
        // Blocks 7 pt apart; the spacer before the heading is dropped at the top of page 2 (it takes no room there),
        // so the heading's first line stands where any first line of a page stands, not a block gap lower.
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        var surface = new RecordingSurface();
        var content = Compose.Column(7, Filler(11), Compose.Spacer(14).WithKeepWithNext(), heading, Para("p", 4));
        new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), content).Render(surface);
        var top = surface.Texts.Single(t => t.Text == "filler1");
        var moved = surface.Texts.Single(t => t.Text == "Heading");
        Assert.Equal(2, moved.Page);
        Assert.Equal(top.Baseline, moved.Baseline, 6);
    }

    [Fact]
    public void The_last_item_of_a_short_list_never_starts_a_page_alone()
    {
        // Three one-line items, the first kept with the next and the last with the previous (a leaflet's list): 10
        // filler lines leave room for two; none can split, so the whole list goes over rather than leave the third
        // alone at the head of page 2 (or the first alone at the foot of page 1).
        var list = Compose.Column(0, Para("one", 1).WithKeepWithNext(), Para("two", 1), Para("three", 1).WithKeepWithPrevious());
        var s = Render(Filler(10), list);
        Assert.Equal(2, PageOf(s, "one1"));
        Assert.Equal(2, PageOf(s, "three1"));
    }

    [Fact]
    public void A_list_splits_inside_an_item_where_its_lines_allow()
    {
        // Four-line items: after 6 filler lines the first item and two lines of the second fit; the second item's
        // last two lines go over with the third, which never starts a page alone.
        var list = Compose.Column(0, Para("one", 4).WithKeepWithNext(), Para("two", 4), Para("three", 4).WithKeepWithPrevious());
        var s = Render(Filler(6), list);
        Assert.Equal(1, PageOf(s, "one1"));
        Assert.Equal(1, PageOf(s, "two2"));
        Assert.Equal(2, PageOf(s, "two3"));
        Assert.Equal(2, PageOf(s, "three1"));
    }

    [Fact]
    public void At_a_page_top_a_heading_takes_a_too_tall_box_with_it_rather_than_end_the_page_alone()
    {
        // No page holds the 20-line box whole: it must split somewhere, so it starts under its heading on page 1.
        var heading = Compose.Text("Heading", Style).KeepTogether().Tag(StructureTag.H2).WithKeepWithNext();
        var s = Render(heading, Compose.Column(0, Para("a", 10), Para("b", 10)).KeepTogether());
        Assert.Equal(1, PageOf(s, "Heading"));
        Assert.Equal(1, PageOf(s, "a1"));
    }

    [Fact]
    public void Keep_together_moves_the_block_whole()
    {
        var s = Render(Filler(9), Compose.Column(0, Para("a", 2), Para("b", 2)).KeepTogether());
        Assert.Equal(2, PageOf(s, "a1"));
        Assert.Equal(2, PageOf(s, "b2"));
    }

    [Fact]
    public void A_yielding_keep_splits_rather_than_leave_more_than_a_quarter_page_empty()
    {
        // 6 of 12 lines left: moving the 8-line box would leave half the page empty, so it starts here and splits.
        var s = Render(Filler(6), Compose.Column(0, Para("a", 4), Para("b", 4)).KeepTogetherUnlessSparse());
        Assert.Equal(1, PageOf(s, "a1"));
        Assert.Equal(2, PageOf(s, "b3"));
    }

    [Fact]
    public void A_yielding_keep_still_moves_when_less_than_a_quarter_page_would_be_left()
    {
        // 2 of 12 lines left (less than a quarter): the box moves whole, as a strict keep would.
        var s = Render(Filler(10), Compose.Column(0, Para("a", 2), Para("b", 2)).KeepTogetherUnlessSparse());
        Assert.Equal(2, PageOf(s, "a1"));
        Assert.Equal(2, PageOf(s, "b2"));
    }

    [Fact]
    public void A_strict_keep_moves_even_from_a_half_empty_page()
    {
        var s = Render(Filler(6), Compose.Column(0, Para("a", 4), Para("b", 4)).KeepTogether());
        Assert.Equal(2, PageOf(s, "a1"));
    }

    [Fact]
    public void Keep_together_still_splits_what_no_page_can_hold()
    {
        var s = Render(Compose.Column(0, Para("a", 10), Para("b", 10)).KeepTogether());
        Assert.Equal(1, PageOf(s, "a1"));
        Assert.Equal(2, PageOf(s, "b10"));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var s = Render(Para("a", 1), Compose.PageBreak(), Para("b", 1));
        Assert.Equal(1, PageOf(s, "a1"));
        Assert.Equal(2, PageOf(s, "b1"));
        Assert.Equal(2, s.Texts.Max(t => t.Page));
    }

    [Fact]
    public void Structure_is_opened_once_and_closed_once_across_pages()
    {
        var s = Render(Filler(10), Para("p", 4));
        // Filler P, then the split P begun on both pages (the surface continues it) but ended once.
        Assert.Equal(3, s.Log.Count(l => l == "<P>"));
        Assert.Equal(2, s.Log.Count(l => l == "</P>"));
    }

    [Fact]
    public void Row_shares_width_after_fixed_columns()
    {
        Assert.Equal([50, 100, 200], Row.Widths([RowWidth.Fixed(50), RowWidth.Relative(1), RowWidth.Relative(2)], 370, 10));
    }

    [Fact]
    public void Row_places_children_side_by_side()
    {
        var s = Render(Compose.Row(10, (RowWidth.Fixed(40), Para("L", 1)), (RowWidth.Relative(), Para("R", 1))));
        var left = s.Texts.Single(t => t.Text == "L1");
        var right = s.Texts.Single(t => t.Text == "R1");
        Assert.Equal(left.Baseline, right.Baseline);
        Assert.Equal(left.X + 50, right.X, 6);
    }

    [Fact]
    public void Content_taller_than_a_page_is_an_error_not_a_loop()
    {
        var tall = Compose.Vector(new VectorImage(10, 100, []), 280);
        var e = Assert.Throws<TooTallException>(() => Render(tall));
        Assert.Equal(1, e.Page);
        Assert.Contains("taller than an empty page's text area", e.Message, StringComparison.Ordinal);
        Assert.False(e.Narrow);
    }

    [Fact]
    public void A_block_that_does_not_fit_names_the_innermost_source_the_composer_gave()
    {
        var tall = Compose.Vector(new VectorImage(10, 100, []), 280);
        tall.Source = (9, 1);
        var intro = Para("intro", 1);
        intro.Source = (7, 1);
        var box = Compose.Column(0, intro, tall).Padding(2).Box(new BoxStyle());
        box.Source = (6, 1);
        var e = Assert.Throws<TooTallException>(() => Render(Filler(3), box));
        Assert.Equal((9, 1), e.At);
        Assert.Equal(2, e.Page);
    }

    [Fact]
    public void A_block_left_no_width_is_said_to_be_too_narrow_not_too_tall()
    {
        // Twelve 12 pt insets either side leave a 280 pt text area no width at all.
        var nested = Para("deep", 1);
        nested.Source = (30, 31);
        for (var i = 0; i < 12; i++)
        {
            nested = nested.Padding(0, 12, 0, 12);
        }

        var e = Assert.Throws<TooTallException>(() => Render(nested));
        Assert.True(e.Narrow);
        Assert.Equal((30, 31), e.At);
        Assert.Contains("does not fit the width of the text area (280 pt)", e.Message, StringComparison.Ordinal);
        Assert.Equal("deep1", e.Words);
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last()
    {
        var surface = new RecordingSurface();
        var text = Compose.Text("aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll mmm nnn ooo ppp qqq rrr sss ttt", Style, new ParagraphStyle { Align = TextAlign.Justify });
        new DocumentLayout(new PageGeometry(300, 200, 10, 10, 10, 10), text.Tag(StructureTag.P)).Render(surface);
        var first = surface.Texts.Where(t => t.Baseline == surface.Texts[0].Baseline).ToList();
        var last = first[^1];
        Assert.Equal(290, last.X + TestFonts.Width(last.Text.TrimEnd()), 3);
    }
}
