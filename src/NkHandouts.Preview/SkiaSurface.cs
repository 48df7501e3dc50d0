using NkHandouts.Layout;
using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>
/// Draws layout output into one bitmap per page (the whole media box: print variants show bleed and marks).
/// </summary>
/// <param name="finished">Streaming: when set, a page is handed over (then freed) as soon as a later page begins,
/// so only one page bitmap is held at a time. Only for layouts that draw each page once, in order.</param>
/// <param name="memory">The budget page bitmaps are taken from (<see cref="PreviewMemory.Shared"/> by default).</param>
public sealed class SkiaSurface(double dpi, Action<int, SKBitmap>? finished = null, PreviewMemory? memory = null) : SkiaDrawingSurface(dpi)
{
    private readonly List<HeldBitmap?> pages = [];

    /// <summary>The page bitmaps (not in streaming mode, where finished pages are handed over and freed).</summary>
    public IReadOnlyList<SKBitmap> Pages => finished is null ? pages.Select(p => p!.Bitmap).ToList() : throw new InvalidOperationException("pages are streamed");

    /// <summary>Pixels for a length in points: rounded up, as pdftoppm sizes its pages.</summary>
    public static int Pixels(double points, double dpi) => (int)Math.Ceiling(points * dpi / 72 - 1e-6);

    public override void BeginPage(PageGeometry geometry, int pageNumber)
    {
        Current?.Dispose();
        Current = null;
        if (finished is not null)
        {
            if (pageNumber <= pages.Count && pages[pageNumber - 1] is null)
            {
                throw new InvalidOperationException($"page {pageNumber} was already streamed; this layout revisits pages");
            }

            Finish(pageNumber - 1);
        }

        if (pageNumber > pages.Count)
        {
            pages.Add((memory ?? PreviewMemory.Shared).Allocate(Pixels(geometry.Media.Width, Dpi), Pixels(geometry.Media.Height, Dpi)));
        }

        Current = new SKCanvas(pages[pageNumber - 1]!.Bitmap);
        Current.Scale((float)(Dpi / 72));
    }

    /// <summary>Streaming: hands over every page still held below <paramref name="before"/> (all pages by default).</summary>
    public void Finish(int before = int.MaxValue)
    {
        Current?.Dispose();
        Current = null;
        for (var i = 0; i < Math.Min(before, pages.Count); i++)
        {
            if (pages[i] is { } page)
            {
                finished?.Invoke(i + 1, page.Bitmap);
                page.Dispose();
                pages[i] = null;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        Current?.Dispose();
        Current = null;
        foreach (var p in pages)
        {
            p?.Dispose();
        }

        base.Dispose(disposing);
    }
}
