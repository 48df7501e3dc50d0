using NkHandouts.Rendering;
using NkHandouts.Templates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// Reads a finished PDF back with PdfPig, independently of the code that wrote it: glyph sizes come from the text
/// and transformation matrices, colours from the fill colour in force (CMYK as the file's output intent prints it,
/// <see cref="InkReader"/>), backgrounds from the filled paths. Only what lies inside each page's TrimBox counts
/// (crop marks and bleed of print files are outside it).
/// </summary>
public static class PdfPageReader
{
    public static PdfReading Read(byte[] pdf)
    {
        var pages = new List<PageContent>();
        var (how, estimated, _) = Stream(pdf, pages.Add);
        return new PdfReading(pages, how, estimated);
    }

    /// <summary>The pages one at a time, in order, each handed to <paramref name="page"/> and not kept: PdfPig builds a
    /// page's letters when it is asked for it, so a long document's read-back holds one page. Returns how colours
    /// were read (<see cref="PdfReading"/>) and, for an imposed booklet, how many press sheet sides its reading
    /// pages (handed over instead of the sides, <see cref="ImposedBooklet"/>) came from.</summary>
    public static (string ColourReading, bool ColoursEstimated, int? ImposedSides) Stream(byte[] pdf, Action<PageContent> page) =>
        Stream(FinishedOutput.InMemory(pdf), page);

    public static (string ColourReading, bool ColoursEstimated, int? ImposedSides) Stream(FinishedOutput pdf, Action<PageContent> page)
    {
        using var input = pdf.OpenRead();
        using var document = UnreadablePdf.Open(input);
        using var inks = InkReader.For(OutputIntentProfile.Find(document));
        if (ImposedBooklet.Is(document))
        {
            var order = ImposedBooklet.ReadingOrder(document.NumberOfPages);
            PageContent Reading(int n) => ImposedBooklet.Half(ReadPage(UnreadablePdf.Page(document, order[n - 1].Side), inks), order[n - 1].Right, n);

            // The blanks that pad the booklet stand inside the back cover, at the end of the reading order.
            var last = order.Count;
            while (last > 1 && ImposedBooklet.IsBlank(Reading(last)))
            {
                last--;
            }

            for (var n = 1; n <= last; n++)
            {
                page(Reading(n));
            }

            return (inks.How, inks.Estimated, document.NumberOfPages);
        }

        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            page(ReadPage(UnreadablePdf.Page(document, n), inks));
        }

        return (inks.How, inks.Estimated, null);
    }

    private static PageContent ReadPage(Page page, InkReader inks)
    {
        var trim = TrimBox(page);
        var watermark = WatermarkContent.Of(page);
        var glyphs = new List<Glyph>();
        foreach (var l in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(l.Value) || watermark.Contains(l))
            {
                continue; // spaces are found from the gaps between glyphs, as a reader sees them
            }

            var r = l.BoundingBox;
            var box = new Box(Math.Min(r.Left, r.Right), Math.Min(r.Bottom, r.Top), Math.Max(r.Left, r.Right), Math.Max(r.Bottom, r.Top));
            if (!trim.Contains((box.Left + box.Right) / 2, l.StartBaseLine.Y))
            {
                continue;
            }

            var font = l.FontName ?? "";
            var bold = font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
            var italic = font.Contains("Italic", StringComparison.OrdinalIgnoreCase) || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
            glyphs.Add(new Glyph(l.Value, box, l.StartBaseLine.Y, Math.Round(l.PointSize, 2), bold, italic, inks.Read(l.Color))
            {
                StartX = Math.Min(l.StartBaseLine.X, l.EndBaseLine.X),
                EndX = Math.Max(l.StartBaseLine.X, l.EndBaseLine.X),
            });
        }

        var labels = watermark.Found ? [] : DraftLabels(glyphs);
        var fills = new List<Fill>();
        var ink = new List<Box>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || watermark.Contains(path))
            {
                continue;
            }

            var rect = path.GetBoundingRectangle();
            if (rect is not { } b)
            {
                continue;
            }

            var box = Clip(new Box(b.Left, b.Bottom, b.Right, b.Top), trim);
            if ((box.Width <= 0 && box.Height <= 0) || labels.Exists(l => Inside(box, l)))
            {
                continue;
            }

            if (path.IsFilled && path.FillColor is { } colour)
            {
                fills.Add(new Fill(box, inks.Read(colour)));
            }
            else if (path.IsStroked)
            {
                ink.Add(box);
            }
        }

        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            ink.Add(Clip(new Box(b.Left, b.Bottom, b.Right, b.Top), trim));
        }

        return new PageContent(page.Number, trim, glyphs, fills, ink);
    }

    /// <summary>
    /// The draft mark ("DRAFT — not for patients", README "Review and approval") is a temporary label over the page,
    /// not part of its design. Files written since it is a watermark artifact lose it by that rule
    /// (<see cref="WatermarkContent"/>); this fallback is only for PDFs written before, where it was an untyped
    /// artifact and only its built-in wording can find it (a template's own wording stays in those old files' text):
    /// its glyphs are removed here, and the returned boxes (the label's frame) let its fill and rules be skipped, so
    /// approving a text never changes its page-check verdict.
    /// </summary>
    private static List<Box> DraftLabels(List<Glyph> glyphs)
    {
        var labels = new List<Box>();
        foreach (var draft in DraftMarks.Value)
        {
            RemoveLabels(glyphs, string.Concat(draft.Where(c => !char.IsWhiteSpace(c))), labels);
        }

        return labels;
    }

    /// <summary>The draft mark in every language with built-in strings ("DRAFT — not for patients", "BORRADOR — …").</summary>
    private static readonly Lazy<string[]> DraftMarks = new(() =>
    [
        .. NkHandouts.Localization.FurnitureCatalog.BuiltIn.Languages
            .Select(l => NkHandouts.Localization.FurnitureCatalog.BuiltIn.Resolve(l)[NkHandouts.Localization.FurnitureKey.DraftMark])
            .Append(NkHandouts.Content.Governance.DraftMark).Distinct(StringComparer.Ordinal),
    ]);

    private static void RemoveLabels(List<Glyph> glyphs, string mark, List<Box> labels)
    {
        var text = string.Concat(glyphs.Select(g => g.Text.Length == 1 ? g.Text : "\0"));
        for (var at = text.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mark, StringComparison.Ordinal))
        {
            var run = glyphs.GetRange(at, mark.Length);
            var bounds = run.Select(g => g.Bounds).Aggregate((a, b) => a.Union(b));
            labels.Add(new Box(bounds.Left - 12, bounds.Bottom - 12, bounds.Right + 12, bounds.Top + 12));
            glyphs.RemoveRange(at, mark.Length);
            text = text.Remove(at, mark.Length);
        }
    }

    private static bool Inside(Box box, Box label) =>
        box.Left >= label.Left && box.Right <= label.Right && box.Bottom >= label.Bottom && box.Top <= label.Top;

    private static Box Clip(Box b, Box to) =>
        new(Math.Max(b.Left, to.Left), Math.Max(b.Bottom, to.Bottom), Math.Min(b.Right, to.Right), Math.Min(b.Top, to.Top));

    /// <summary>The TrimBox when the page has one (print files), else the CropBox.</summary>
    private static Box TrimBox(Page page)
    {
        if (page.Dictionary.TryGet(NameToken.TrimBox, out var token) && token is ArrayToken { Length: 4 } array
            && array.Data.All(t => t is NumericToken))
        {
            var n = array.Data.Cast<NumericToken>().Select(t => t.Double).ToArray();
            return new Box(Math.Min(n[0], n[2]), Math.Min(n[1], n[3]), Math.Max(n[0], n[2]), Math.Max(n[1], n[3]));
        }

        var c = page.CropBox.Bounds;
        return new Box(c.Left, c.Bottom, c.Right, c.Top);
    }
}

/// <summary>A PDF read back: its pages, and how its CMYK colours were turned into what a reader sees
/// (<paramref name="ColoursEstimated"/>: the file names an output profile that could not be used).</summary>
public sealed record PdfReading(IReadOnlyList<PageContent> Pages, string ColourReading, bool ColoursEstimated);
