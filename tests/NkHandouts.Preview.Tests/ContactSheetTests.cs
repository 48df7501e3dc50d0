using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview.Tests;

public sealed class ContactSheetTests
{
    private static SKBitmap Page(int w, int h, SKColor colour)
    {
        var b = new SKBitmap(w, h);
        b.Erase(colour);
        return b;
    }

    [Fact]
    public void Eight_pages_make_two_rows_of_four_thumbnails()
    {
        var pages = Enumerable.Range(0, 8).Select(_ => Page(200, 283, SKColors.White)).ToList();
        using var sheet = SKBitmap.Decode(ContactSheet.Compose(pages));
        var g = ContactSheet.Gap;
        Assert.Equal(g + 4 * (200 + g), sheet.Width);
        Assert.Equal(g + 2 * (283 + g), sheet.Height);
        pages.ForEach(p => p.Dispose());
    }

    [Fact]
    public void Tall_pages_are_scaled_down_to_the_thumbnail_height()
    {
        using var page = Page(1240, 1754, SKColors.White);
        using var sheet = SKBitmap.Decode(ContactSheet.Compose([page]));
        Assert.Equal(ContactSheet.MaxThumbHeight + 2 * ContactSheet.Gap, sheet.Height);
    }

    [Fact]
    public void Without_a_contact_sheet_the_page_pngs_are_the_same_and_no_sheet_is_made()
    {
        using var red = Page(120, 170, SKColors.Red);
        using var blue = Page(120, 170, SKColors.Blue);
        var with = PreviewRenderer.FromBitmaps([red, blue]);
        var without = PreviewRenderer.FromBitmaps([red, blue], contactSheet: false);
        Assert.NotNull(with.ContactSheet);
        Assert.Null(without.ContactSheet);
        Assert.Equal(with.Pages.Select(p => p.Png), without.Pages.Select(p => p.Png));
    }

    [Fact]
    public void No_pages_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => ContactSheet.Compose([]));
    }

    [Fact]
    public void Two_up_sheets_place_the_left_and_right_pages_at_the_spine()
    {
        // Two A5 "pages" in colours; a 2-page booklet is padded to 4: front 4|1 → blank|red, back 2|3 → blue|blank.
        using var red = Page(SkiaSurface.Pixels(419.53, 36), SkiaSurface.Pixels(595.28, 36), SKColors.Red);
        using var blue = Page(red.Width, red.Height, SKColors.Blue);
        var set = SheetPreview.TwoUp([red, blue], SaddleStitch.Order(2), 841.89, 595.28, 36);
        Assert.Equal(2, set.Pages.Count);
        using var front = SKBitmap.Decode(set.Pages[0].Png);
        using var back = SKBitmap.Decode(set.Pages[1].Png);
        var quarter = front.Width / 4;
        Assert.Equal((SKColors.White, SKColors.Red), (front.GetPixel(quarter, front.Height / 2), front.GetPixel(3 * quarter, front.Height / 2)));
        Assert.Equal((SKColors.Blue, SKColors.White), (back.GetPixel(quarter, back.Height / 2), back.GetPixel(3 * quarter, back.Height / 2)));
    }
}
