using PdfSharp.Pdf;

namespace NkHandouts.Pdf;

/// <summary>
/// A PDFsharp document set up the same way for every file we write (reading pages and imposed press sheets):
/// uncompressed while writing (the finisher compresses once, deterministically), CMYK operators for print files, and
/// the Info dictionary from the metadata with the content's date, never the clock.
/// </summary>
internal static class NewPdfDocument
{
    public static PdfDocument Create(PdfMetadata metadata, bool print)
    {
        var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        if (print)
        {
            // Every colour we draw (or import) is CMYK already; this only makes PDFsharp write k/K for them.
            document.Options.ColorMode = PdfColorMode.Cmyk;
        }

        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author ?? "";
        document.Info.Subject = metadata.Subject ?? "";
        document.Info.Keywords = metadata.Keywords ?? "";
        document.Info.Creator = metadata.Creator;
        document.Info.CreationDate = metadata.Timestamp.UtcDateTime;
        document.Info.ModificationDate = metadata.Timestamp.UtcDateTime;
        return document;
    }
}
