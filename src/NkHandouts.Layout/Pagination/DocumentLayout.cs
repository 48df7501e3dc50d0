namespace NkHandouts.Layout;

/// <summary>
/// Flows content across pages. Each page gets the header (top of the content area), the footer (bottom) and the
/// content between them; header and footer are artifacts. Two passes: the first counts pages so the second can
/// print "page x of y".
/// </summary>
public sealed class DocumentLayout(PageGeometry page, Element content) : IPageLayout
{
    public PageGeometry Page => page;

    public const int MaxPages = 100_000;

    /// <summary>A text area narrower or shorter than this (about 2 cm) holds no line of body text.</summary>
    public const double MinBodyPoints = 56;

    /// <summary>A height no content reaches, to ask whether a block fits the width at all.</summary>
    private const double UnboundedHeight = 1e7;

    /// <summary>Pages allowed before layout stops with <see cref="PageLimitException"/> (checked while counting, so
    /// an oversized document costs the limit's pages of work, not its own).</summary>
    public int PageLimit { get; set; } = MaxPages;

    public Element? Header { get; init; }

    public Element? Footer { get; init; }

    /// <summary>Gap between header/footer and the body.</summary>
    public double FurnitureGap { get; init; } = 12;

    /// <summary>Drawn on each page over the whole media box, first, as an artifact (decorations).</summary>
    public Action<IDrawingSurface, PageGeometry, int>? Decorate { get; init; }

    public LayoutReport Render(IDrawingSurface surface)
    {
        content.Reset(); // rendered again for previews after the PDF
        var counting = new LayoutReport();
        var pages = Flow(new NullSurface(), counting, 0);
        content.Reset();
        var report = new LayoutReport();
        report.Pages = Flow(surface, report, pages);
        return report;
    }

    private int Flow(IDrawingSurface surface, LayoutReport report, int total)
    {
        var context = new DrawContext(surface, report) { TotalPages = total };
        var area = page.Content;
        var headerH = Furniture(Header, area);
        var footerH = Furniture(Footer, area);
        var body = new Slot(area.X, area.Y + headerH, area.Width, area.Height - headerH - footerH, true) { PageHeight = area.Height - headerH - footerH };
        if (body.Width < MinBodyPoints || body.Height < MinBodyPoints)
        {
            // Not the content's fault: the page is used up by margins, header and footer (large type, huge margins).
            throw new NoRoomException($"the page leaves no room for text: after margins, header and footer the text area is " +
                $"{Math.Max(0, body.Width):0.#} × {Math.Max(0, body.Height):0.#} pt (the page's content area is {area.Width:0.#} × {area.Height:0.#} pt)");
        }

        var n = 0;
        while (!content.IsComplete)
        {
            if (++n > PageLimit && PageLimit < MaxPages)
            {
                throw new PageLimitException(PageLimit);
            }

            if (n > MaxPages)
            {
                throw new LayoutException($"more than {MaxPages} pages: the content does not converge");
            }

            context.PageNumber = n;
            if (total == 0)
            {
                context.TotalPages = n;
            }

            var used = content.Measure(body);
            if (used.Kind == SpaceKind.Wrap)
            {
                // Too tall, or too narrow: a block that does not fit even a page of unbounded height has no width left
                // (box, quote and list insets that add up past the text area), which no page break can cure.
                var narrow = content.Measure(body with { Height = UnboundedHeight }).Kind == SpaceKind.Wrap;
                throw new TooTallException(n, body.Width, body.Height, narrow) { At = content.SourceOfNext(), Words = content.Describe() };
            }

            surface.BeginPage(page, n);
            if (Decorate is not null)
            {
                surface.BeginArtifact();
                Decorate(surface, page, n);
                surface.EndArtifact();
            }

            DrawFurniture(Header, context, new Slot(area.X, area.Y, area.Width, headerH, true));
            context.PageEndReason = null;
            context.PageEndSource = null;
            content.Draw(context, body);
            if (!content.IsComplete)
            {
                report.PageEnds.Add(new PageEnd(n, Math.Max(0, body.Height - used.Height), context.PageEndReason ?? "the page is full", context.PageEndSource));
            }

            DrawFurniture(Footer, context, new Slot(area.X, area.Bottom - footerH + FurnitureGap, area.Width, footerH - FurnitureGap, true));
            surface.EndPage();
        }

        return n;
    }

    private double Furniture(Element? e, Rect area)
    {
        if (e is null)
        {
            return 0;
        }

        e.Reset();
        var r = e.Measure(new Slot(area.X, area.Y, area.Width, area.Height, true));
        return r.Height + FurnitureGap;
    }

    private static void DrawFurniture(Element? e, DrawContext context, Slot slot)
    {
        if (e is null)
        {
            return;
        }

        e.Reset();
        context.Surface.BeginArtifact();
        e.Draw(context, slot);
        context.Surface.EndArtifact();
    }
}

/// <summary>Content that cannot be laid out (an element taller than an empty page).</summary>
public class LayoutException(string message) : Exception(message);

/// <summary>The template leaves no text area on the page (margins, header and footer take it all).</summary>
public sealed class NoRoomException(string message) : LayoutException(message);

/// <summary>The next element does not fit on an empty page: taller than the text area (<see cref="Width"/> ×
/// <see cref="Height"/> points after margins, header and footer) and unable to split, or, when <see cref="Narrow"/>,
/// left no width to set a line in.</summary>
public sealed class TooTallException(int page, double width, double height, bool narrow = false)
    : LayoutException(narrow
        ? FormattableString.Invariant($"page {page}: the next block does not fit the width of the text area ({width:0.#} pt): the boxes, quotes or list indents around it leave no room for a line, or it is wider than the page")
        : FormattableString.Invariant($"page {page}: the next block is taller than an empty page's text area ({width:0.#} × {height:0.#} pt) and cannot be split"))
{
    public bool Narrow { get; } = narrow;

    public int Page { get; } = page;

    public double Width { get; } = width;

    public double Height { get; } = height;

    /// <summary>Where the block that does not fit starts in its source (<see cref="Element.Source"/>), when known.</summary>
    public (int Line, int Column)? At { get; init; }

    /// <summary>Its first words, when it has any.</summary>
    public string? Words { get; init; }
}

/// <summary>The content needs more pages than <see cref="DocumentLayout.PageLimit"/>.</summary>
public sealed class PageLimitException(int limit) : LayoutException($"the content needs more than {limit} pages")
{
    public int Limit { get; } = limit;
}
