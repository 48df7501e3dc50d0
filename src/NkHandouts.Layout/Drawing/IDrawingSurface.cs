namespace NkHandouts.Layout;

/// <summary>
/// What the layout engine draws onto: a PDF writer, a PNG preview or a recording for tests. Coordinates are points
/// from the media box's top-left, y downwards. Everything drawn is either inside a structure element (content) or
/// inside an artifact (page furniture), so tagged output can follow reading order.
/// </summary>
public interface IDrawingSurface
{
    void BeginPage(PageGeometry geometry, int pageNumber);

    void EndPage();

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> on the baseline <paramref name="baseline"/>.
    /// The face has every glyph of the text (fallback already chosen by the layout).</summary>
    void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text);

    void FillRect(Rect rect, Rgb colour);

    void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width);

    void DrawPath(PathGeometry path, PathPaint paint);

    void DrawImage(ImageData image, Rect rect);

    /// <summary>Opens (or, for a node already open from the previous page, continues) a structure element;
    /// <paramref name="bounds"/> is the area its content takes on this page (figures need it).</summary>
    void BeginStructure(StructureNode node, Rect bounds);

    void EndStructure(StructureNode node);

    /// <summary>A new frame begins on the current page (a tri-fold panel). Content that continues from the previous
    /// frame re-enters its open structure elements as it does on a new page, instead of nesting new ones inside
    /// them (a table split across two panels would otherwise get a second Sect inside its TBody).</summary>
    void BeginFrame()
    {
    }

    /// <summary>The text drawn until <see cref="EndReplacement"/> reads as <paramref name="actualText"/> (a tagged
    /// PDF's ActualText): a hyphenated word's first part reads as the whole word, its continuation as nothing, so
    /// extracted and screen-reader text has "immunotherapy", not "immuno- therapy". Surfaces without text
    /// extraction ignore it.</summary>
    void BeginReplacement(string actualText)
    {
    }

    void EndReplacement()
    {
    }

    /// <summary>Opens an artifact: what is drawn until <see cref="EndArtifact"/> is not content. Surfaces that cannot
    /// say which <paramref name="kind"/> it is ignore it.</summary>
    void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture);

    void EndArtifact();

    /// <summary>Starts a link over <paramref name="rect"/>; the text drawn until <see cref="EndLink"/> is its content.</summary>
    void BeginLink(Rect rect, string url, string altText);

    void EndLink();

    /// <summary>An outline entry pointing at the current page, at height <paramref name="y"/>.</summary>
    void AddBookmark(int level, string title, double y);
}
