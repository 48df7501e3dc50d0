using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

/// <summary>Fixed frames on sheets (tri-fold panels): flows through columns, reports overflow, reading order.
/// 10 pt text on 14 pt lines; frames 100 pt tall hold 7 lines.</summary>
public sealed class FrameLayoutTests
{
    private static readonly TextStyle Style = TestFonts.Style();
    private static readonly PageGeometry Sheet = new(300, 120, 10, 10, 10, 10);

    private static Element Para(string name, int lines) =>
        Compose.Text(string.Join('\n', Enumerable.Range(1, lines).Select(i => name + i)), Style).Tag(StructureTag.P);

    private static Rect Column(int i) => new(10 + i * 95, 10, 90, 100);

    [Fact]
    public void A_flow_continues_through_its_frames_in_order()
    {
        var flow = Para("f", 12);
        var layout = new FrameLayout([Sheet], [new("a", 0, Column(0), flow), new("b", 0, Column(1), flow)]);
        var s = new RecordingSurface();
        var report = layout.Render(s);
        Assert.Empty(report.Overflows);
        Assert.Equal(10, s.Texts.Single(t => t.Text == "f1").X, 1);
        Assert.Equal(105, s.Texts.Single(t => t.Text == "f8").X, 1); // the 8th line starts the second column
    }

    [Fact]
    public void Content_longer_than_its_last_frame_is_reported_not_looped()
    {
        var layout = new FrameLayout([Sheet], [new("cover panel", 0, Column(0), Para("x", 20))]);
        var s = new RecordingSurface();
        var report = layout.Render(s);
        Assert.Equal(["cover panel"], report.Overflows);
        Assert.DoesNotContain(s.Texts, t => t.Text == "x20");
    }

    [Fact]
    public void Frames_are_drawn_sheet_by_sheet_and_the_structure_order_restores_reading_order()
    {
        // Read: cover (sheet 1), inside (sheet 2), back (sheet 1).
        var cover = Para("cover", 1);
        var inside = Para("inside", 1);
        var back = Para("back", 1);
        var layout = new FrameLayout([Sheet, Sheet], [new("cover", 0, Column(2), cover), new("inside", 1, Column(0), inside), new("back", 0, Column(1), back)]);
        var s = new RecordingSurface();
        layout.Render(s);
        Assert.Equal(["cover1", "back1", "inside1"], s.Texts.Select(t => t.Text));
        Assert.Equal([1, 1, 2], s.Texts.Select(t => t.Page));
        Assert.Equal([0, 2, 1], layout.StructureOrder); // drawn cover, back, inside → read 0, 2, 1
        Assert.Equal(2, s.Log.Count(l => l.StartsWith("page ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rendering_twice_draws_the_same()
    {
        var flow = Para("f", 9);
        var layout = new FrameLayout([Sheet], [new("a", 0, Column(0), flow), new("b", 0, Column(1), flow)]);
        var first = new RecordingSurface();
        layout.Render(first);
        var second = new RecordingSurface();
        layout.Render(second);
        Assert.Equal(first.Log, second.Log);
    }

    [Fact]
    public void Every_sheet_needs_a_frame()
    {
        Assert.Throws<ArgumentException>(() => new FrameLayout([Sheet, Sheet], [new("a", 0, Column(0), Para("a", 1))]));
    }
}
