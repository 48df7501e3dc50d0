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
}
