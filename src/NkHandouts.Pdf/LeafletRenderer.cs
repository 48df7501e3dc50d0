using System.Globalization;
using System.Runtime.CompilerServices;
using NkHandouts.ColourManagement;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Leaflet;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Leaflet.Print;
using NkHandouts.Pdf.Print;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf;

/// <summary>
/// The PDF patient leaflet: per page size the template lists, a tagged, byte-reproducible screen PDF
/// (<c>&lt;slug&gt;.&lt;template&gt;.&lt;size&gt;.pdf</c>) and a print PDF with bleed and crop marks (<c>.print.pdf</c>);
/// booklets also get their imposed sheets (<c>.imposed.pdf</c>). Tri-folds are laid out in panels. With
/// <see cref="RenderSettings.Previews"/>, PNGs of every page and a contact sheet come back as extra files, drawn by
/// <paramref name="previewer"/> from the same composed layout.
/// </summary>
/// <param name="previewer">Draws the previews; without one, a render that asks for previews throws.</param>
public sealed class LeafletRenderer(ILeafletPreviewer? previewer = null) : IRenderer
{
    public ITemplateOutput Output { get; } = new PdfLeafletOutput();

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) => LeafletPlans.For(article, template);

    /// <summary>Imposed sheets put the booklet's pages two-up in saddle-stitch order, with a blank page to make a
    /// multiple of four; the page check judges the reading pages in the booklet's own files instead.</summary>
    public bool HasReadingPages(OutputPlan plan) => !LeafletPlans.IsImposed(plan);

    // Compiled optimized at once, like PdfDocumentWriter.Write: at tier 0 this once-a-job method would keep the
    // composed layout alive through the writer's save, previews or not.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        var diagnostics = new DiagnosticBag();
        var template = plan.Template;
        var article = plan.Article;
        if (ScriptSupport.IsPatientOutput(article) && ScriptSupport.RefuseUnsupported(article, diagnostics))
        {
            return new RenderResult(0, diagnostics.Items); // never a patient leaflet with its words in the wrong order
        }

        LeafletFonts fonts;
        try
        {
            fonts = LeafletFonts.For(template);
        }
        catch (FontNotFoundException e)
        {
            diagnostics.Error(DiagnosticCodes.FontNotFound, SourceLocation.FileOnly(template.FilePath), e.Message,
                "list the font's files under typography.fonts in the template, or install the font");
            return new RenderResult(0, diagnostics.Items);
        }
        catch (FontUnreadableException e)
        {
            diagnostics.Add(TemplateFontDiagnostic.Unreadable(template, e.FilePath, e.Reason));
            return new RenderResult(0, diagnostics.Items);
        }

        if (PageLimitEstimate.SurelyOver(article, template.Limits.MaxPages) is { } bytes)
        {
            return TooManyPages(diagnostics, article, template.Limits.MaxPages, $" (the article is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
        }

        var imposed = LeafletPlans.IsImposed(plan);
        var size = plan.Size ?? template.Page.Sizes[0];

        // The imposed file is made from the screen (trim-size) reading pages: they meet at the spine with no bleed.
        var print = plan.Print && !imposed;
        var composed = LeafletOptions.Of(template).Layout.Compose(article, template, fonts, diagnostics, size, print, settings.NeverHyphenate);
        if (composed.Layout is DocumentLayout flow)
        {
            flow.PageLimit = template.Limits.MaxPages; // a tri-fold has a fixed number of panels
        }
        if (diagnostics.HasErrors)
        {
            return new RenderResult(0, diagnostics.Items);
        }

        // A tri-fold whose article does not fit its panels at the template's type size is refused, never shrunk.
        if (composed.Layout is FrameLayout frames && frames.Render(new NullSurface()).Overflows is { Count: > 0 } overflows)
        {
            Overflowing(overflows, article, diagnostics);
            return new RenderResult(0, diagnostics.Items);
        }

        // The marks capture the fold positions, not the composed leaflet, so nothing but the writer holds the layout.
        var folds = composed.Folds;
        Func<IDrawingSurface, IDrawingSurface>? marks = print ? s => new MarkedSurface(s, template.Page.CropMarks, folds) : null;
        if (settings.DraftMark is { } draft)
        {
            // A patient text not yet approved: the mark on every page (PDF, imposed sheets and previews alike).
            var printMarks = marks;
            var bold = fonts.Body.Face(FontStyle.Bold);
            marks = s => new DraftMarkSurface(printMarks?.Invoke(s) ?? s, draft, bold, folds);
        }

        var m = article.Metadata;
        var metadata = new PdfMetadata(m.Title, m.Language, settings.Timestamp)
        {
            Author = m.Author ?? template.Brand.ClinicName,
            Subject = settings.DraftMark is { } mark ? mark + ". " + (m.Summary ?? m.Subtitle) : m.Summary ?? m.Subtitle,
            Keywords = string.Join(", ", settings.DraftMark is null ? m.Keywords : [settings.DraftMark, .. m.Keywords]),
            Creator = "NkHandouts " + settings.ToolVersion + " (" + template.Name + ")",
        };

        // Previews draw the layout again after the PDF is written. Without them the layout's last use is the writer's
        // pass over it, so a long document's layout (about 6 MB for 1,000 pages) is garbage while PDFsharp saves.
        var layout = composed.Layout;
        var forPreviews = settings.Previews ? layout : null;
        LayoutReport report;
        int pages;
        // Print files (and the imposed booklet) are PDF/X-4 in CMYK for the size's printing condition.
        using var inks = plan.Print ? new PrintColours(OutputCondition.For(size, LeafletOptions.Of(template).PrintCondition), template.Brand.Colours) : null;
        try
        {
            if (imposed)
            {
                using var reading = new MemoryStream();
                report = PdfDocumentWriter.Write(layout, metadata, reading, marks, print: inks);
                var sheet = BookletSheet(size);
                pages = BookletImposer.Impose(reading.ToArray(), metadata, sheet.Width.Points, sheet.Height.Points, destination, inks?.Condition);
            }
            else
            {
                report = PdfDocumentWriter.Write(layout, metadata, destination, marks, print: inks);
                pages = report.Pages;
            }
        }
        catch (ColourEngineMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.ColourEngineMissing, SourceLocation.FileOnly(template.FilePath), e.Message,
                "install LittleCMS (Debian/Ubuntu: apt-get install liblcms2-2), or give every brand colour a print value: { screen: \"#RRGGBB\", print: \"cmyk(C,M,Y,K)\" }");
            return new RenderResult(0, diagnostics.Items);
        }
        catch (PageLimitException e)
        {
            return TooManyPages(diagnostics, article, e.Limit, "");
        }
        catch (NoRoomException e)
        {
            diagnostics.Error(DiagnosticCodes.LayoutFailed, SourceLocation.FileOnly(template.FilePath), "the leaflet could not be laid out: " + e.Message,
                "reduce page.margins or the type sizes (typography.bodySize) in the template");
            return new RenderResult(0, diagnostics.Items);
        }
        catch (TooTallException e)
        {
            TooTall(e, template, fonts, article, diagnostics);
            return new RenderResult(0, diagnostics.Items);
        }
        catch (LayoutException e)
        {
            diagnostics.Error(DiagnosticCodes.LayoutFailed, article.Location, "the leaflet could not be laid out: " + e.Message, "split the content or make the image smaller");
            return new RenderResult(0, diagnostics.Items);
        }

        Report(report, article, diagnostics);
        if (inks is not null)
        {
            PrintColourReport.Add(inks, template, diagnostics);
        }

        // Previews go to the caller's sink page by page (the build stages them); without one they come back whole.
        var collected = settings.ExtraFiles is null ? new CollectedExtraFiles() : null;
        if (forPreviews is not null)
        {
            Previews(plan, forPreviews, marks, settings, fonts, imposed, size, settings.ExtraFiles ?? collected!);
        }

        // Reading PDFs are tagged and identify as PDF/UA-1; imposed sheets are press files, not for reading.
        return new RenderResult(pages, diagnostics.Items)
        {
            ExtraFiles = collected?.Files ?? [],
            Claims = imposed ? [] : [PdfDocumentWriter.PdfUaClaim],
            PageEnds = [.. report.PageEnds.Select(e => new PageEndReason(e.Page, e.Reason, e.Source is { } at ? article.Location with { Line = at.Line, Column = at.Column } : null))],
        };
    }

    /// <summary>
    /// A block that does not fit on an empty page. When the text area is shorter than one line of the template's own
    /// title type, no article could fit: the template is at fault (large type on a page its margins leave short),
    /// and the error is located there. Otherwise a block of the article is taller than a page and cannot split.
    /// </summary>
    private static void TooTall(TooTallException e, Template template, LeafletFonts fonts, Article article, DiagnosticBag diagnostics)
    {
        var (titleSize, titleLine) = TitleType.Of(template, fonts);
        if (e.Height < titleLine)
        {
            diagnostics.Error(DiagnosticCodes.LayoutFailed, SourceLocation.FileOnly(template.FilePath),
                string.Create(CultureInfo.InvariantCulture,
                    $"the leaflet could not be laid out: after margins, header and footer the text area is {e.Width:0.#} × {e.Height:0.#} pt, shorter than one line of the title ({titleLine:0.#} pt at {titleSize:0.#} pt type)"),
                "reduce page.margins (top and bottom) or typography.bodySize in the template");
            return;
        }

        // At the block the composer located (its line and column), named by its first words; the file when none is known.
        var at = e.At is { } source ? article.Location with { Line = source.Line, Column = source.Column } : article.Location;
        var words = e.Words is { } w ? $" (it begins \u201C{w}\u201D)" : "";
        diagnostics.Error(DiagnosticCodes.LayoutFailed, at, "the leaflet could not be laid out: " + e.Message + words, e.Narrow
            ? "nest it less deeply (fewer quotes, lists or boxes around it; the template's limits.maxNestingDepth), or give the text more width (page.margins, typography.bodySize in the template)"
            : "split that block (a long box, table row or list item) or make its image smaller; or give the page more room (page.margins, typography.bodySize in the template)");
    }

    /// <summary>One message for the page limit, whether the estimate or the layout found it.</summary>
    private static RenderResult TooManyPages(DiagnosticBag diagnostics, Article article, int limit, string detail)
    {
        diagnostics.Error(DiagnosticCodes.TooManyPages, article.Location with { Line = 1, Column = 1 },
            $"the leaflet would have more than {limit} pages{detail}", "split the article, or raise limits.maxPages in the template");
        return new RenderResult(0, diagnostics.Items);
    }

    /// <summary>A booklet's pages go two-up on a sheet twice their width: A5 on A4 landscape.</summary>
    private static PageSize BookletSheet(PageSize page) =>
        PageSize.Named.Values.FirstOrDefault(s => Math.Abs(s.Height.Points - 2 * page.Width.Points) < 3 && Math.Abs(s.Width.Points - page.Height.Points) < 3)?.Landscape()
        ?? new PageSize("sheet", Length.FromPt(2 * page.Width.Points), page.Height);

    private void Previews(OutputPlan plan, IPageLayout layout, Func<IDrawingSurface, IDrawingSurface>? marks, RenderSettings settings, LeafletFonts fonts, bool imposed, PageSize size, IExtraFileSink sink)
    {
        if (previewer is null)
        {
            throw new InvalidOperationException("previews were asked for but this LeafletRenderer was made without a previewer");
        }

        var label = fonts.Body.Face(FontStyle.Regular);
        (double, double)? sheet = imposed ? (BookletSheet(size).Width.Points, BookletSheet(size).Height.Points) : null;
        var folder = PreviewFolder(plan.FileName);
        var contactSheet = previewer.Render(layout, settings.PreviewDpi, marks, label, sheet,
            (n, png) => sink.Write($"{folder}/page-{n.ToString(CultureInfo.InvariantCulture)}.png", png), settings.ContactSheet);
        if (contactSheet is not null)
        {
            sink.Write(folder + "/contact-sheet.png", contactSheet);
        }
    }

    /// <summary><c>x.a4.print.pdf</c> → <c>x.a4.print.previews</c>.</summary>
    public static string PreviewFolder(string fileName) => Path.ChangeExtension(fileName, null) + ".previews";

    private static void Report(LayoutReport report, Article article, DiagnosticBag diagnostics)
    {
        if (ScriptSupport.IsPatientOutput(article) && ScriptSupport.RefuseCjkWithoutFont(article, report.MissingGlyphs, diagnostics))
        {
            report.MissingGlyphs.RemoveWhere(ScriptSupport.IsCjk); // reported as NK451; the rest still warn
        }

        if (report.MissingGlyphs.Count > 0)
        {
            var list = string.Join(", ", report.MissingGlyphs.Select(cp => $"'{char.ConvertFromUtf32(cp)}' (U+{cp.ToString("X4", CultureInfo.InvariantCulture)})"));
            diagnostics.Warning(DiagnosticCodes.MissingGlyph, SourceSearch.FirstOf(article, report.MissingGlyphs), $"no font has {list}; they print as empty boxes",
                "add a font that has them to the template's typography.fonts, or rewrite the text");
        }

        foreach (var (image, dpi) in report.LowResolutionImages)
        {
            diagnostics.Warning(DiagnosticCodes.LowResolutionImage, article.Location,
                $"image '{image}' prints at {dpi.ToString("0", CultureInfo.InvariantCulture)} dpi; print needs 300", "supply a larger image");
        }

        if (article.Footnotes.Count > 0)
        {
            // A leaflet has no footnote area (a patient reads it front to back); say so rather than drop them quietly.
            var n = article.Footnotes.Count;
            diagnostics.Warning(DiagnosticCodes.FootnotesLeftOut, article.Footnotes[0].Source,
                $"{n} footnote{(n == 1 ? " is" : "s are")} not printed on leaflets",
                "put what a patient needs from the note into the text; keep references for the briefing");
        }

        Overflowing(report.Overflows, article, diagnostics);
    }

    private static void Overflowing(IEnumerable<string> panels, Article article, DiagnosticBag diagnostics)
    {
        foreach (var panel in panels)
        {
            diagnostics.Error(DiagnosticCodes.PanelOverflow, article.Location, $"the {panel} does not hold its content; the rest is left out",
                "type is never made smaller than the template's size: write a shorter version for the tri-fold, or list the booklet-a5 (or patient-leaflet) template under templates: in the article's front matter");
        }
    }
}
