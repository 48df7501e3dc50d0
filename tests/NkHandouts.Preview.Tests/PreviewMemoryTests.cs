namespace NkHandouts.Preview.Tests;

/// <summary>The rule that keeps parallel jobs from each holding a large preview bitmap at once.</summary>
public sealed class PreviewMemoryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_bitmap_that_does_not_fit_beside_another_waits_until_it_is_freed()
    {
        var memory = new PreviewMemory(100 * 100 * 4 + 1); // room for one 100 × 100 bitmap
        var first = memory.Allocate(100, 100);
        var second = Task.Run(() => memory.Allocate(100, 100), TestContext.Current.CancellationToken);
        Assert.True(SpinWait.SpinUntil(() => memory.Waiting == 1, Patience), "the second render never asked");
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(Patience, TestContext.Current.CancellationToken)).Dispose();
        Assert.Equal(1, memory.PeakBitmaps);
        Assert.Equal(0, memory.Bitmaps);
    }

    [Fact]
    public async Task Small_bitmaps_of_parallel_renders_do_not_wait()
    {
        var memory = new PreviewMemory(100 * 100 * 4 * 3);
        using var first = memory.Allocate(100, 100);
        using var second = await Task.Run(() => memory.Allocate(100, 100), TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);
        Assert.Equal(2, memory.PeakBitmaps);
    }

    [Fact]
    public void A_bitmap_larger_than_the_budget_goes_alone_and_a_render_never_waits_for_itself()
    {
        var memory = new PreviewMemory(1000);
        using var big = memory.Allocate(100, 100); // 40,000 bytes: over the budget, nothing else held
        using var next = memory.Allocate(100, 100); // the same render (thread) holds the first: waiting would hang
        Assert.Equal(2, memory.Bitmaps);
        Assert.Equal(80_000, memory.PeakBytes);
    }

    [Fact]
    public void Allocated_bitmaps_are_white()
    {
        using var b = new PreviewMemory(PreviewMemory.DefaultLimitBytes).Allocate(3, 2);
        Assert.Equal((3, 2, SkiaSharp.SKColors.White), (b.Bitmap.Width, b.Bitmap.Height, b.Bitmap.GetPixel(2, 1)));
    }
}
