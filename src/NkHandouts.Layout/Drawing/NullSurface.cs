namespace NkHandouts.Layout;

/// <summary>Draws nothing: the counting pass of pagination.</summary>
public sealed class NullSurface : IDrawingSurface
{
    public void BeginPage(PageGeometry geometry, int pageNumber) { }
    public void EndPage() { }
    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text) { }
    public void FillRect(Rect rect, Rgb colour) { }
    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) { }
    public void DrawPath(PathGeometry path, PathPaint paint) { }
    public void DrawImage(ImageData image, Rect rect) { }
    public void BeginStructure(StructureNode node, Rect bounds) { }
    public void EndStructure(StructureNode node) { }
    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture) { }
    public void EndArtifact() { }
    public void BeginLink(Rect rect, string url, string altText) { }
    public void EndLink() { }
    public void AddBookmark(int level, string title, double y) { }
}
