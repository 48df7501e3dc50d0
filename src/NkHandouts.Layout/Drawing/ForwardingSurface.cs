namespace NkHandouts.Layout;

/// <summary>
/// A surface that passes every call to another one: the base of decorators that add something to each page (print
/// marks, the draft mark) and override only what they change, so none can forget to pass a call on.
/// </summary>
public abstract class ForwardingSurface(IDrawingSurface inner) : IDrawingSurface
{
    protected IDrawingSurface Inner { get; } = inner;

    public virtual void BeginPage(PageGeometry geometry, int pageNumber) => Inner.BeginPage(geometry, pageNumber);

    public virtual void EndPage() => Inner.EndPage();

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text) => Inner.DrawText(face, size, colour, x, baseline, text);

    public void FillRect(Rect rect, Rgb colour) => Inner.FillRect(rect, colour);

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) => Inner.StrokeLine(x1, y1, x2, y2, colour, width);

    public void DrawPath(PathGeometry path, PathPaint paint) => Inner.DrawPath(path, paint);

    public void DrawImage(ImageData image, Rect rect) => Inner.DrawImage(image, rect);

    public void BeginStructure(StructureNode node, Rect bounds) => Inner.BeginStructure(node, bounds);

    public void EndStructure(StructureNode node) => Inner.EndStructure(node);

    public void BeginFrame() => Inner.BeginFrame();

    public void BeginReplacement(string actualText) => Inner.BeginReplacement(actualText);

    public void EndReplacement() => Inner.EndReplacement();

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture) => Inner.BeginArtifact(kind);

    public void EndArtifact() => Inner.EndArtifact();

    public void BeginLink(Rect rect, string url, string altText) => Inner.BeginLink(rect, url, altText);

    public void EndLink() => Inner.EndLink();

    public void AddBookmark(int level, string title, double y) => Inner.AddBookmark(level, title, y);
}
