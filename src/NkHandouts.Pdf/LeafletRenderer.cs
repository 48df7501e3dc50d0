using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Layout;
using NkHandouts.Pdf.Leaflet;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Pdf;

/// <summary>
/// The PDF patient leaflet: one tagged, byte-reproducible PDF per page size the template lists
/// (<c>&lt;slug&gt;.&lt;template&gt;.&lt;size&gt;.pdf</c>).
/// </summary>
public sealed class LeafletRenderer : IRenderer
{
    public bool CanRender(Template template) => template.Kind == TemplateKind.PdfLeaflet;

    public IReadOnlyList<OutputPlan> Plan(Article article, Template template) =>
        [.. template.Page.Sizes.Select(size =>
        {
            var variant = size.Name.ToLowerInvariant();
            return new OutputPlan(article, template, $"{article.Slug}.{template.Name}.{variant}.pdf", variant, size, Print: false);
        })];

    public RenderResult Render(OutputPlan plan, RenderSettings settings, Stream destination)
    {
        var diagnostics = new DiagnosticBag();
        var template = plan.Template;
        var article = plan.Article;
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

        if (PageLimitEstimate.SurelyOver(article, template.Limits.MaxPages) is { } bytes)
        {
            diagnostics.Error(DiagnosticCodes.TooManyPages, article.Location with { Line = 1, Column = 1 },
                $"the leaflet would have more than {template.Limits.MaxPages} pages (the article is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)", "split the article, or raise limits.maxPages in the template");
            return new RenderResult(0, diagnostics.Items);
        }

        var layout = new LeafletComposer(article, template, fonts, diagnostics).Compose(plan.Size ?? template.Page.Sizes[0], plan.Print);
        layout.PageLimit = template.Limits.MaxPages;
        if (diagnostics.HasErrors)
        {
            return new RenderResult(0, diagnostics.Items);
        }

        var m = article.Metadata;
        var metadata = new PdfMetadata(m.Title, m.Language, settings.Timestamp)
        {
            Author = m.Author ?? template.Brand.ClinicName,
            Subject = m.Summary ?? m.Subtitle,
            Keywords = string.Join(", ", m.Keywords),
            Creator = "NkHandouts " + settings.ToolVersion + " (" + template.Name + ")",
        };

        LayoutReport report;
        try
        {
            report = PdfDocumentWriter.Write(layout, metadata, destination);
        }
        catch (PageLimitException e)
        {
            diagnostics.Error(DiagnosticCodes.TooManyPages, article.Location with { Line = 1, Column = 1 }, $"the leaflet would have more than {e.Limit} pages", "split the article, or raise limits.maxPages in the template");
            return new RenderResult(0, diagnostics.Items);
        }
        catch (LayoutException e)
        {
            diagnostics.Error(DiagnosticCodes.LayoutFailed, article.Location, "the leaflet could not be laid out: " + e.Message, "split the content or make the image smaller");
            return new RenderResult(0, diagnostics.Items);
        }

        if (report.MissingGlyphs.Count > 0)
        {
            var list = string.Join(", ", report.MissingGlyphs.Select(cp => $"'{char.ConvertFromUtf32(cp)}' (U+{cp.ToString("X4", CultureInfo.InvariantCulture)})"));
            diagnostics.Warning(DiagnosticCodes.MissingGlyph, SourceSearch.FirstOf(article.Location, report.MissingGlyphs), $"no font has {list}; they print as empty boxes",
                "add a font that has them to the template's typography.fonts, or rewrite the text");
        }

        foreach (var (image, dpi) in report.LowResolutionImages)
        {
            diagnostics.Warning(DiagnosticCodes.LowResolutionImage, article.Location,
                $"image '{image}' prints at {dpi.ToString("0", CultureInfo.InvariantCulture)} dpi; print needs 300", "supply a larger image");
        }

        return new RenderResult(report.Pages, diagnostics.Items);
    }
}
