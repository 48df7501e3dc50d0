using NkHandouts.Layout;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>Records lines and whether they were drawn inside an artifact, for mark placement tests.</summary>
internal sealed class LineCapture : IDrawingSurface
{
    private int artifact;

    public List<(int Page, double X1, double Y1, double X2, double Y2, double Width, bool Artifact)> Lines { get; } = [];

    public List<PageGeometry> Pages { get; } = [];

    private int page;

    public void BeginPage(PageGeometry geometry, int pageNumber)
    {
        page = pageNumber;
        Pages.Add(geometry);
    }

    public void EndPage()
    {
    }

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text)
    {
    }

    public void FillRect(Rect rect, Rgb colour)
    {
    }

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) => Lines.Add((page, x1, y1, x2, y2, width, artifact > 0));

    public void DrawPath(PathGeometry path, PathPaint paint)
    {
    }

    public void DrawImage(ImageData image, Rect rect)
    {
    }

    public void BeginStructure(StructureNode node, Rect bounds)
    {
    }

    public void EndStructure(StructureNode node)
    {
    }

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture) => artifact++;

    public void EndArtifact() => artifact--;

    public void BeginLink(Rect rect, string url, string altText)
    {
    }

    public void EndLink()
    {
    }

    public void AddBookmark(int level, string title, double y)
    {
    }
}
