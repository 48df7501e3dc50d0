using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview.Tests;

/// <summary>Tri-fold and imposed-booklet previews hold one sheet bitmap at a time (issue 19: a 600 dpi sheet is
/// 139 MB), counted by the <see cref="PreviewMemory"/> every page and sheet bitmap is taken from, and still show the
/// same pages in the same places.</summary>
public sealed class BoundedPreviewTests
{
    private const int Dpi = 36;
    private static readonly FontFace Label = FontFace.Load(Repo.Path_("templates", "patient-leaflet", "fonts", "DejaVuSans.ttf"));
    private static readonly PageGeometry A5 = new(419.53, 595.28, 20, 20, 20, 20);
    private static readonly PageGeometry A4Landscape = new(841.89, 595.28, 20, 20, 20, 20);
    private static readonly SKColor[] Colours = [SKColors.Red, SKColors.Blue, SKColors.Green, SKColors.Orange, SKColors.Purple, SKColors.Teal];

    /// <summary>Reading pages each filled (inside the margins) with its own colour.</summary>
    private static DocumentLayout Booklet(int pages) =>
        new(A5, Compose.Column(0, Enumerable.Range(0, pages).SelectMany(i => i == 0 ? [Fill(i, 500)] : new[] { Compose.PageBreak(), Fill(i, 500) })));

    private static Element Fill(int i, double height) => Compose.Rule(height, new Rgb(Colours[i].Red, Colours[i].Green, Colours[i].Blue));

    /// <summary>Two sheets of three panels, drawn out of reading order (the back panel on the first sheet).</summary>
    private static FrameLayout Trifold()
    {
        Rect Panel(int i) => new(20 + i * 280, 20, 250, 555);
        return new FrameLayout([A4Landscape, A4Landscape],
            [new("cover", 0, Panel(2), Fill(0, 500)), new("inside", 1, Panel(0), Fill(1, 500)), new("back", 0, Panel(1), Fill(2, 500))]);
    }

    private static SKColor At(byte[] png, double x, double y)
    {
        using var b = SKBitmap.Decode(png);
        return b.GetPixel((int)(x * b.Width), (int)(y * b.Height));
    }

    [Fact]
    public void A_trifold_holds_one_sheet_bitmap_at_a_time()
    {
        var memory = new PreviewMemory(PreviewMemory.DefaultLimitBytes);
        var sheets = new List<(int Number, byte[] Png)>();
        var contact = new LeafletPreviewer(memory).Render(Trifold(), Dpi, null, Label, null, (n, png) => sheets.Add((n, png)));
        Assert.Equal(1, memory.PeakBitmaps);
        Assert.Equal(0, memory.Bitmaps);
        Assert.Equal([1, 2], sheets.Select(s => s.Number));
        Assert.Equal((SKColors.White, SKColors.Green, SKColors.Red), (At(sheets[0].Png, 1 / 6.0, 0.5), At(sheets[0].Png, 0.5, 0.5), At(sheets[0].Png, 5 / 6.0, 0.5)));
        Assert.Equal(SKColors.Blue, At(sheets[1].Png, 1 / 6.0, 0.5));
        Assert.NotNull(contact);
    }

    [Fact]
    public void An_imposed_booklet_holds_one_sheet_side_bitmap_at_a_time_and_no_page_bitmaps()
    {
        var memory = new PreviewMemory(PreviewMemory.DefaultLimitBytes);
        var sides = new List<byte[]>();
        var contact = new LeafletPreviewer(memory).Render(Booklet(6), Dpi, null, Label, (A4Landscape.Media.Width, A4Landscape.Media.Height), (n, png) => sides.Add(png));
        Assert.Equal(1, memory.PeakBitmaps);
        Assert.Equal(0, memory.Bitmaps);
        Assert.NotNull(contact);

        // Six pages padded to eight: sheet 1 front 8|1, back 2|7; sheet 2 front 6|3, back 4|5 (7 and 8 blank).
        var expected = new (int? Left, int? Right)[] { (null, 1), (2, null), (6, 3), (4, 5) };
        Assert.Equal(expected.Length, sides.Count);
        for (var i = 0; i < sides.Count; i++)
        {
            Assert.Equal(Colour(expected[i].Left), At(sides[i], 0.25, 0.5));
            Assert.Equal(Colour(expected[i].Right), At(sides[i], 0.75, 0.5));
        }

        static SKColor Colour(int? page) => page is { } p ? Colours[p - 1] : SKColors.White;
    }

    [Fact]
    public void A_reading_page_does_not_spill_onto_its_neighbour_on_the_sheet()
    {
        // Page 2 fills far past its media box; on the sheet it is cut at its own edge, as the imposer's page box cuts
        // it. Two pages padded to four: front 4|1, back 2|3 — page 3 is blank, so the back's right half stays white.
        var sides = new List<byte[]>();
        new LeafletPreviewer(new PreviewMemory(PreviewMemory.DefaultLimitBytes)).Render(new Overdrawn(), Dpi, null, Label, (A4Landscape.Media.Width, A4Landscape.Media.Height), (n, png) => sides.Add(png), contactSheet: false);
        Assert.Equal((SKColors.White, SKColors.Red), (At(sides[0], 0.25, 0.5), At(sides[0], 0.75, 0.5)));
        Assert.Equal((SKColors.Blue, SKColors.White), (At(sides[1], 0.25, 0.5), At(sides[1], 0.75, 0.5)));
    }

    [Fact]
    public void A_page_taller_than_the_sheet_is_centred_on_it_and_cut_at_its_edges()
    {
        // A5 pages on a sheet 200 pt tall: each page is centred vertically, so its middle (a blue band at 297.64 pt)
        // lands on the sheet's middle row, and the red top and bottom strips fall off the sheet.
        var layout = new Striped();
        var sides = new List<byte[]>();
        new LeafletPreviewer(new PreviewMemory(PreviewMemory.DefaultLimitBytes)).Render(layout, 72, null, Label, (841.89, 200), (n, png) => sides.Add(png), contactSheet: false);
        using var front = SKBitmap.Decode(sides[0]);
        Assert.Equal(SkiaSurface.Pixels(200, 72), front.Height);
        Assert.Equal(SKColors.Blue, front.GetPixel(front.Width * 3 / 4, front.Height / 2));
        Assert.Equal(SKColors.White, front.GetPixel(front.Width * 3 / 4, 5));
        Assert.Equal(SKColors.White, front.GetPixel(front.Width * 3 / 4, front.Height - 5));
    }

    /// <summary>One A5 page: red strips at its top and bottom, a blue band across its middle.</summary>
    private sealed class Striped : IPageLayout
    {
        public LayoutReport Render(IDrawingSurface surface)
        {
            surface.BeginPage(A5, 1);
            surface.FillRect(new Rect(0, 0, A5.Media.Width, 150), new Rgb(255, 0, 0));
            surface.FillRect(new Rect(0, A5.Media.Height / 2 - 10, A5.Media.Width, 20), new Rgb(0, 0, 255));
            surface.FillRect(new Rect(0, A5.Media.Height - 150, A5.Media.Width, 150), new Rgb(255, 0, 0));
            surface.EndPage();
            return new LayoutReport();
        }
    }

    /// <summary>Two A5 pages: the first red inside its margins, the second blue over four times its size.</summary>
    private sealed class Overdrawn : IPageLayout
    {
        public LayoutReport Render(IDrawingSurface surface)
        {
            surface.BeginPage(A5, 1);
            surface.FillRect(A5.Content, new Rgb(255, 0, 0));
            surface.EndPage();
            surface.BeginPage(A5, 2);
            surface.FillRect(new Rect(-1000, -1000, 3000, 3000), new Rgb(0, 0, 255));
            surface.EndPage();
            return new LayoutReport();
        }
    }
}
