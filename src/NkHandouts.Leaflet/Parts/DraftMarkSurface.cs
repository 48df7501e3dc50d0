using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>
/// Passes drawing through to another surface and, as each page ends, draws the draft mark ("DRAFT — not for patients")
/// in a white box with a black rule at the top centre of the trim, over whatever is there (the brand band), so it is
/// legible on every page whatever the template's colours. An artifact: not part of the text a screen reader reads as
/// the article, but in the page's text for anyone copying or printing it. Used for the PDF and its previews alike.
/// </summary>
/// <param name="folds">Fold positions per page (from the trim's left edge): a folded sheet gets the mark on each
/// panel, since each panel is a page once folded.</param>
public sealed class DraftMarkSurface(IDrawingSurface inner, string mark, FontFace face, Func<int, IReadOnlyList<double>>? folds = null, double size = 11) : IDrawingSurface
{
    private PageGeometry? page;
    private int number;

    public void BeginPage(PageGeometry geometry, int pageNumber)
    {
        page = geometry;
        number = pageNumber;
        inner.BeginPage(geometry, pageNumber);
    }

    public void EndPage()
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
        inner.EndPage();
    }

    private void Draw(PageGeometry g, double left, double panelWidth)
    {
        var width = mark.EnumerateRunes().Sum(r => face.Advance(r.Value)) * size;
        var pad = size * 0.6;
        var box = new Rect(left + (panelWidth - width) / 2 - pad, g.Trim.Y + 4, width + 2 * pad, size * 1.7);
        inner.BeginArtifact();
        inner.FillRect(box, Rgb.White);
        inner.StrokeLine(box.X, box.Y, box.Right, box.Y, Rgb.Black, 1);
        inner.StrokeLine(box.Right, box.Y, box.Right, box.Bottom, Rgb.Black, 1);
        inner.StrokeLine(box.Right, box.Bottom, box.X, box.Bottom, Rgb.Black, 1);
        inner.StrokeLine(box.X, box.Bottom, box.X, box.Y, Rgb.Black, 1);
        inner.DrawText(face, size, Rgb.Black, box.X + pad, box.Y + size * 1.2, mark);
        inner.EndArtifact();
    }

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text) => inner.DrawText(face, size, colour, x, baseline, text);

    public void FillRect(Rect rect, Rgb colour) => inner.FillRect(rect, colour);

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) => inner.StrokeLine(x1, y1, x2, y2, colour, width);

    public void DrawPath(PathGeometry path, PathPaint paint) => inner.DrawPath(path, paint);

    public void DrawImage(ImageData image, Rect rect) => inner.DrawImage(image, rect);

    public void BeginStructure(StructureNode node, Rect bounds) => inner.BeginStructure(node, bounds);

    public void EndStructure(StructureNode node) => inner.EndStructure(node);

    public void BeginArtifact() => inner.BeginArtifact();

    public void EndArtifact() => inner.EndArtifact();

    public void BeginLink(Rect rect, string url, string altText) => inner.BeginLink(rect, url, altText);

    public void EndLink() => inner.EndLink();

    public void AddBookmark(int level, string title, double y) => inner.AddBookmark(level, title, y);
}
