using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Tests;

/// <summary>The reading order of a saddle-stitched booklet's sheets, worked out by the page check on its own.</summary>
public sealed class ImposedBookletTests
{
    [Fact]
    public void Eight_pages_on_four_sides_read_back_in_order()
    {
        // Sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5 (docs/print.md).
        var order = ImposedBooklet.ReadingOrder(4);
        Assert.Equal([(1, true), (2, false), (3, true), (4, false), (4, true), (3, false), (2, true), (1, false)], order);
    }

    [Fact]
    public void Every_place_on_twelve_pages_is_used_once()
    {
        var order = ImposedBooklet.ReadingOrder(6);
        Assert.Equal(12, order.Count);
        Assert.Equal(12, order.Distinct().Count());
        Assert.Equal((1, true), order[0]); // page 1: the front cover, right half of the first sheet
        Assert.Equal((1, false), order[^1]); // the back cover beside it
    }
}
