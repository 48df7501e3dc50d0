using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// Passes drawing through to another surface and, as each page ends, draws the draft mark ("DRAFT — not for patients")
/// in a white box with a black rule at the top centre of the trim, over whatever is there (the brand band), so it is
/// legible on every page whatever the template's colours. A watermark artifact: not part of the text a screen reader
/// reads as the article, but in the page's text for anyone copying or printing it, and left out of the page the page
/// check judges by its kind, whatever the template's wording of it. Used for the PDF and its previews alike.
/// </summary>
/// <param name="folds">Fold positions per page (from the trim's left edge): a folded sheet gets the mark on each
/// panel, since each panel is a page once folded.</param>
public sealed class DraftMarkSurface(IDrawingSurface inner, string mark, FontFace face, Func<int, IReadOnlyList<double>>? folds = null, double size = 11) : ForwardingSurface(inner)
{
    private PageGeometry? page;
    private int number;

    public override void BeginPage(PageGeometry geometry, int pageNumber)
    {
        page = geometry;
        number = pageNumber;
        Inner.BeginPage(geometry, pageNumber);
    }

    public override void EndPage()
    {
        if (page is { } g)
        {
            var edges = new List<double> { 0 };
            edges.AddRange(folds?.Invoke(number) ?? []);
            edges.Add(g.Trim.Width);
            for (var i = 0; i + 1 < edges.Count; i++)
            {
                Draw(g, g.Trim.X + edges[i], edges[i + 1] - edges[i]);
            }
        }

        page = null;
        Inner.EndPage();
    }

    private void Draw(PageGeometry g, double left, double panelWidth)
    {
        var width = mark.EnumerateRunes().Sum(r => face.Advance(r.Value)) * size;
        var pad = size * 0.6;
        var box = new Rect(left + (panelWidth - width) / 2 - pad, g.Trim.Y + 4, width + 2 * pad, size * 1.7);
        Inner.BeginArtifact(ArtifactKind.Watermark);
        Inner.FillRect(box, Rgb.White);
        Inner.StrokeLine(box.X, box.Y, box.Right, box.Y, Rgb.Black, 1);
        Inner.StrokeLine(box.Right, box.Y, box.Right, box.Bottom, Rgb.Black, 1);
        Inner.StrokeLine(box.Right, box.Bottom, box.X, box.Bottom, Rgb.Black, 1);
        Inner.StrokeLine(box.X, box.Bottom, box.X, box.Y, Rgb.Black, 1);
        Inner.DrawText(face, size, Rgb.Black, box.X + pad, box.Y + size * 1.2, mark);
        Inner.EndArtifact();
    }
}
