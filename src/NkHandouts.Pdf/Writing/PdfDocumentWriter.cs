using System.Runtime.CompilerServices;
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
    /// <remarks>Compiled optimized at once: a method that runs once a job stays at tier 0, which keeps every local
    /// and argument alive to its end, and here that would be the layout while PDFsharp saves.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LayoutReport Write(IPageLayout layout, PdfMetadata metadata, Stream destination, Func<IDrawingSurface, IDrawingSurface>? decorate = null, bool pdfUa = true, PrintColours? print = null)
    {
        // Drawn in one method, saved in another, finished here: no frame holds what the next step no longer needs —
        // the layout while PDFsharp saves (about 6 MB for a 1,000-page leaflet), PDFsharp's document (an object per
        // structure element, about 26 MB) while the finisher writes. A long document's is collected before the
        // finisher allocates, or the finisher's allocations pile on top of it; and before PDFsharp saves, so the save
        // (a build's memory peak, issue 19) starts on a compacted heap, not on the drawing's garbage (-3 to -5 MB at
        // 1,010 pages).
        var (document, report) = Draw(layout, metadata, decorate, print);
        PhaseCollection.AfterPages(document.PageCount);
        var (saved, xmp) = Save(document, metadata, print);
        PhaseCollection.After(saved.Length);
        PdfFinisher.Finish(saved.Detach(), destination, xmp, pdfUa);
        return report;
    }

    /// <summary>PDFsharp's document with every page drawn and the structure in reading order; the caller saves it.</summary>
    private static (PdfDocument Document, LayoutReport Report) Draw(IPageLayout layout, PdfMetadata metadata, Func<IDrawingSurface, IDrawingSurface>? decorate, PrintColours? print)
    {
        var document = NewPdfDocument.Create(metadata, print is not null);
        try
        {
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

            return (document, report);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Saves the drawn document (made PDF/X-4 first for a print file) and disposes it.</summary>
    private static (PiecewiseBuffer Saved, XmpPacket? Xmp) Save(PdfDocument drawn, PdfMetadata metadata, PrintColours? print)
    {
        using var document = drawn;
        XmpPacket? xmp = null;
        if (print is not null)
        {
            PdfX4.Prepare(document, print.Condition);
            xmp = new XmpPacket(metadata) { PdfXVersion = PdfX4.Version, Trapped = PdfX4.Trapped };
        }

        var saved = new PiecewiseBuffer();
        document.Save(saved, closeStream: false);
        return (saved, xmp);
    }
}
