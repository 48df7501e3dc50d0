using System.Globalization;

namespace NkHandouts.Layout;

/// <summary>Records what was drawn as readable lines, for layout tests (text with its page and position, tags,
/// artifacts, links, bookmarks).</summary>
public sealed class RecordingSurface : IDrawingSurface
{
    public List<string> Log { get; } = [];

    /// <summary>Each text run: page, x, baseline, text.</summary>
    public List<(int Page, double X, double Baseline, string Text, FontFace Face)> Texts { get; } = [];

    public int Page { get; private set; }

    private int artifactDepth;

    public bool InArtifact => artifactDepth > 0;

    public void BeginPage(PageGeometry geometry, int pageNumber)
    {
        Page = pageNumber;
        Log.Add($"page {pageNumber}");
    }

    public void EndPage() => Log.Add("end page");

    public void DrawText(FontFace face, double size, Rgb colour, double x, double baseline, string text)
    {
        Texts.Add((Page, x, baseline, text, face));
        Log.Add(string.Create(CultureInfo.InvariantCulture, $"text{(InArtifact ? " artifact" : "")} {x:0.##},{baseline:0.##} '{text}'"));
    }

    public void FillRect(Rect rect, Rgb colour) => Log.Add(string.Create(CultureInfo.InvariantCulture, $"rect {rect.X:0.##},{rect.Y:0.##} {rect.Width:0.##}x{rect.Height:0.##}"));

    public void StrokeLine(double x1, double y1, double x2, double y2, Rgb colour, double width) => Log.Add("line");

    public void DrawPath(PathGeometry path, PathPaint paint) => Log.Add($"path {path.Commands.Count}");

    public void DrawImage(ImageData image, Rect rect) => Log.Add(string.Create(CultureInfo.InvariantCulture, $"image {rect.Width:0.##}x{rect.Height:0.##}"));

    public void BeginStructure(StructureNode node, Rect bounds) => Log.Add($"<{node.Tag}>");

    public void EndStructure(StructureNode node) => Log.Add($"</{node.Tag}>");

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Furniture)
    {
        artifactDepth++;
        Log.Add(kind == ArtifactKind.Furniture ? "<artifact>" : $"<artifact {kind.ToString().ToLowerInvariant()}>");
    }

    public void EndArtifact()
    {
        artifactDepth--;
        Log.Add("</artifact>");
    }

    public void BeginReplacement(string actualText) => Log.Add($"<actual {actualText}>");

    public void EndReplacement() => Log.Add("</actual>");

    public void BeginLink(Rect rect, string url, string altText) => Log.Add($"<link {url}>");

    public void EndLink() => Log.Add("</link>");

    public void AddBookmark(int level, string title, double y) => Log.Add($"bookmark {level} {title}");

    /// <summary>The text drawn on one page, runs joined per baseline into lines.</summary>
    public IReadOnlyList<string> LinesOn(int page) =>
        [.. Texts.Where(t => t.Page == page).GroupBy(t => Math.Round(t.Baseline, 2)).OrderBy(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text)))];
}
