using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// Draws the two reading pages of one side of an imposed booklet sheet straight onto the sheet's bitmap, where the
/// imposer puts them (spine in the middle, pages centred vertically), each clipped to its own media box; every other
/// page of the layout is skipped. So a sheet side needs no page bitmaps: the layout is drawn once per side instead.
/// A page draws into a view of the sheet's pixels at its place (no copy), with the same transform as a page bitmap
/// of its own: the pixels are exactly those of the page drawn alone and copied onto the sheet.
/// </summary>
/// <param name="sheet">The side's bitmap; not owned.</param>
/// <param name="sheetWidth">The sheet's width in points (the spine is at half of it).</param>
/// <param name="left">The reading page (1-based) left of the spine, or null for a blank.</param>
/// <param name="right">The reading page right of the spine, or null.</param>
public sealed class SheetSideSurface(double dpi, SKBitmap sheet, double sheetWidth, int? left, int? right) : SkiaDrawingSurface(dpi)
{
    private readonly SKBitmap view = new();

    public override void BeginPage(PageGeometry geometry, int pageNumber)
    {
        Current?.Dispose();
        Current = null;
        var width = SkiaSurface.Pixels(geometry.Media.Width, Dpi);
        var height = SkiaSurface.Pixels(geometry.Media.Height, Dpi);
        var (x, y) = Origin(width, height, pageNumber == right);
        Hidden = (pageNumber != left && pageNumber != right) || !sheet.ExtractSubset(view, SKRectI.Create(x, y, width, height));
        if (Hidden)
        {
            return;
        }

        Current = new SKCanvas(view);

        // The view is the part of the page on the sheet; a page sticking out above or left of it starts further out.
        var (cutX, cutY) = (Math.Max(0, -x), Math.Max(0, -y));
        if (cutX > 0 || cutY > 0)
        {
            Current.Translate(-cutX, -cutY);
        }

        Current.Scale((float)(Dpi / 72));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        view.Dispose();
    }

    /// <summary>
    /// The pixel where a page's top-left corner goes. The page sits at the spine (its left edge there, or its right
    /// edge), centred vertically; the spine's pixel position is rounded as Skia rounds a bitmap drawn at a fractional
    /// offset (floor of x + ½), the way these previews were composed from page bitmaps before — so a page drawn
    /// straight onto the sheet lands on the same pixels.
    /// </summary>
    private (int X, int Y) Origin(int width, int height, bool rightOfSpine)
    {
        var spine = (float)(sheetWidth / 2 * Dpi / 72);
        var x = rightOfSpine ? spine : spine - width;
        var y = (sheet.Height - height) / 2f;
        return ((int)MathF.Floor(x + 0.5f), (int)MathF.Floor(y + 0.5f));
    }
}
