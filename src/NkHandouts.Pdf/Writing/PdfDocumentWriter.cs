using NkHandouts.Layout;
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

    public static LayoutReport Write(IPageLayout layout, PdfMetadata metadata, Stream destination, Func<IDrawingSurface, IDrawingSurface>? decorate = null, bool pdfUa = true)
    {
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author ?? "";
        document.Info.Subject = metadata.Subject ?? "";
        document.Info.Keywords = metadata.Keywords ?? "";
        document.Info.Creator = metadata.Creator;
        document.Info.CreationDate = metadata.Timestamp.UtcDateTime;
        document.Info.ModificationDate = metadata.Timestamp.UtcDateTime;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;

        LayoutReport report;
        using (var surface = new PdfSurface(document, metadata.Language, metadata.Timestamp))
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

        var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        PdfFinisher.Finish(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), destination, pdfUa);
        return report;
    }
}
