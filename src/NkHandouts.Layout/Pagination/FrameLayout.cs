namespace NkHandouts.Layout;

/// <summary>
/// Draws content into fixed frames on a fixed number of sheets. Frames are listed in reading order, which need not
/// be sheet order (a tri-fold's back panel is on the first sheet but read last); they are drawn sheet by sheet, and
/// <see cref="StructureOrder"/> tells the writer how to reorder the top-level structure elements into reading order.
/// Nothing paginates: content that does not fit its last frame is reported in <see cref="LayoutReport.Overflows"/>
/// and left out.
/// </summary>
public sealed class FrameLayout : IPageLayout
{
    private readonly IReadOnlyList<PageGeometry> sheets;
    private readonly IReadOnlyList<Frame> frames;

    public FrameLayout(IReadOnlyList<PageGeometry> sheets, IReadOnlyList<Frame> frames)
    {
        if (!frames.Select(f => f.Sheet).Distinct().Order().SequenceEqual(Enumerable.Range(0, sheets.Count)))
        {
            throw new ArgumentException("frames must cover every sheet and no other", nameof(frames));
        }

        this.sheets = sheets;
        this.frames = frames;
        drawing = [.. frames.OrderBy(f => f.Sheet)]; // stable: a flow's frames keep their order

        // Each distinct content is one top-level structure element; where does the n-th drawn one go in reading order?
        var read = frames.Select(f => f.Content).Distinct().ToList();
        StructureOrder = [.. drawing.Select(f => f.Content).Distinct().Select(c => read.IndexOf(c))];
    }

    private readonly IReadOnlyList<Frame> drawing;

    /// <summary>For each frame content in drawing order, its position in reading order (a permutation).</summary>
    public IReadOnlyList<int> StructureOrder { get; }

    public IReadOnlyList<PageGeometry> Sheets => sheets;

    public IReadOnlyList<Frame> Frames => frames;

    /// <summary>Drawn once per sheet, when it is first begun, as an artifact (backgrounds, fold guides).</summary>
    public Action<IDrawingSurface, PageGeometry, int>? Decorate { get; init; }

    public LayoutReport Render(IDrawingSurface surface)
    {
        foreach (var f in frames)
        {
            f.Content.Reset();
        }

        var report = new LayoutReport();
        var context = new DrawContext(surface, report) { TotalPages = sheets.Count };
        var current = -1;
        for (var i = 0; i < drawing.Count; i++)
        {
            var f = drawing[i];
            if (f.Sheet != current)
            {
                if (current >= 0)
                {
                    surface.EndPage();
                }

                current = f.Sheet;
                surface.BeginPage(sheets[current], current + 1);
                context.PageNumber = current + 1;
                if (Decorate is not null)
                {
                    surface.BeginArtifact();
                    Decorate(surface, sheets[current], current + 1);
                    surface.EndArtifact();
                }
            }

            if (!f.Content.IsComplete)
            {
                surface.BeginFrame();
                f.Content.Draw(context, new Slot(f.Area.X, f.Area.Y, f.Area.Width, f.Area.Height, true) { PageHeight = f.Area.Height });
            }

            var continues = drawing.Skip(i + 1).Any(g => ReferenceEquals(g.Content, f.Content));
            if (!continues && !f.Content.IsComplete)
            {
                report.Overflows.Add(f.Name);
            }
        }

        if (current >= 0)
        {
            surface.EndPage();
        }

        report.Pages = sheets.Count;
        return report;
    }
}
