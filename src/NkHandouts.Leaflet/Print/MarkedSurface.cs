using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Print;

/// <summary>
/// Passes drawing through to another surface and adds printer's marks to each page the first time it is begun, as
/// artifacts (they are not content). Used for both the PDF and its previews, so they show the same marks.
/// </summary>
public sealed class MarkedSurface(IDrawingSurface inner, bool cropMarks, Func<int, IReadOnlyList<double>>? folds = null) : IDrawingSurface
{
    private readonly HashSet<int> marked = [];

    public void BeginPage(PageGeometry geometry, int pageNumber)
    {
        inner.BeginPage(geometry, pageNumber);
        if (!marked.Add(pageNumber))
        {
            return;
        }

        inner.BeginArtifact();
        if (cropMarks)
        {
            PrintMarks.DrawCropMarks(inner, geometry);
        }

        if (folds is not null)
        {
            PrintMarks.DrawFoldMarks(inner, geometry, folds(pageNumber));
        }

        inner.EndArtifact();
    }

    public void EndPage() => inner.EndPage();

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text) => inner.DrawText(face, size, colour, x, baseline, text);

    public void FillRect(Rect rect, Rgb colour) => inner.FillRect(rect, colour);

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) => inner.StrokeLine(x1, y1, x2, y2, colour, width);

    public void DrawPath(PathGeometry path, PathPaint paint) => inner.DrawPath(path, paint);

    public void DrawImage(ImageData image, Rect rect) => inner.DrawImage(image, rect);

    public void BeginStructure(StructureNode node, Rect bounds) => inner.BeginStructure(node, bounds);

    public void EndStructure(StructureNode node) => inner.EndStructure(node);

    public void BeginFrame() => inner.BeginFrame();

    public void BeginArtifact() => inner.BeginArtifact();

    public void EndArtifact() => inner.EndArtifact();

    public void BeginLink(Rect rect, string url, string altText) => inner.BeginLink(rect, url, altText);

    public void EndLink() => inner.EndLink();

    public void AddBookmark(int level, string title, double y) => inner.AddBookmark(level, title, y);
}
