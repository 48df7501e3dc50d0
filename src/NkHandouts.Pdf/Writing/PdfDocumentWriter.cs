using NkHandouts.Layout;
using NkHandouts.Pdf.Print;
using NkHandouts.Rendering;
using PdfSharp.Pdf;

namespace NkHandouts.Pdf;

/// <summary>
/// Lays a document out into a tagged PDF and writes it: PDFsharp builds the file uncompressed, then
/// <see cref="PdfFinisher"/> compresses the streams and replaces PDFsharp's random bytes with content-derived ones.
/// </summary>
public static class PdfDocumentWriter
{
    /// <summary>The conformance a reading PDF claims (XMP pdfuaid:part 1); the build verifies it.</summary>
    public const string PdfUaClaim = "PDF/UA-1";

    /// <param name="pdfUa">Identify the file as PDF/UA-1 in its XMP (reading PDFs; not imposed press sheets).</param>
    /// <param name="print">For a print file: colours as CMYK ink and the document made PDF/X-4 for its output
    /// condition; null for a screen file (sRGB).</param>
    public static LayoutReport Write(IPageLayout layout, PdfMetadata metadata, Stream destination, Func<IDrawingSurface, IDrawingSurface>? decorate = null, bool pdfUa = true, PrintColours? print = null)
    {
        // PDFsharp's document (an object per structure element: tens of megabytes for a long leaflet) is built and
        // saved in its own method, so it is garbage before the finisher allocates the final file; a long document's
        // is collected here, or the finisher's allocations pile on top of it.
        var (saved, report, xmp) = Save(layout, metadata, decorate, print);
        PhaseCollection.After(saved.Length);
        PdfFinisher.Finish(saved.GetBuffer().AsSpan(0, (int)saved.Length), destination, xmp, pdfUa);
        return report;
    }

    private static (MemoryStream Saved, LayoutReport Report, XmpPacket? Xmp) Save(IPageLayout layout, PdfMetadata metadata, Func<IDrawingSurface, IDrawingSurface>? decorate, PrintColours? print)
    {
        using var document = NewPdfDocument.Create(metadata, print is not null);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;

        LayoutReport report;
        using (var surface = new PdfSurface(document, metadata.Language, metadata.Timestamp, print))
        {
            report = layout.Render(decorate is null ? surface : decorate(surface));
            surface.Finish();
        }

        if (layout is FrameLayout frames)
        {
            StructureOrder.Apply(document, frames.StructureOrder);
        }

        if (document.Outlines.Count == 0)
        {
            document.PageMode = PdfPageMode.UseNone;
        }

        XmpPacket? xmp = null;
        if (print is not null)
        {
            PdfX4.Prepare(document, print.Condition);
            xmp = new XmpPacket(metadata) { PdfXVersion = PdfX4.Version, Trapped = PdfX4.Trapped };
        }

        var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        return (saved, report, xmp);
    }
}
