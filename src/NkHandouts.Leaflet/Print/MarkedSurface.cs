using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Print;

/// <summary>
/// Passes drawing through to another surface and adds printer's marks to each page the first time it is begun, as
/// artifacts (they are not content). Used for both the PDF and its previews, so they show the same marks.
/// </summary>
public sealed class MarkedSurface(IDrawingSurface inner, bool cropMarks, Func<int, IReadOnlyList<double>>? folds = null) : ForwardingSurface(inner)
{
    private readonly HashSet<int> marked = [];

    public override void BeginPage(PageGeometry geometry, int pageNumber)
    {
        Inner.BeginPage(geometry, pageNumber);
        if (!marked.Add(pageNumber))
        {
            return;
        }

        Inner.BeginArtifact();
        if (cropMarks)
        {
            PrintMarks.DrawCropMarks(Inner, geometry);
        }

        if (folds is not null)
        {
            PrintMarks.DrawFoldMarks(Inner, geometry, folds(pageNumber));
        }

        Inner.EndArtifact();
    }
}
