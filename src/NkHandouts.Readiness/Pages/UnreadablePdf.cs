using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NkHandouts.Readiness.Pages;

/// <summary>A PDF the page check cannot read: cut short, a broken cross-reference table, a page whose content cannot
/// be parsed. The file's fault, to report as such, never as an internal error.</summary>
public sealed class UnreadablePdfException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// The page check's only doors into the PDF reader: opening the file and parsing a page. Whatever the reader throws
/// there comes from the file's bytes and becomes <see cref="UnreadablePdfException"/>; failures in the measuring code
/// after it are not caught, so a bug stays a bug.
/// </summary>
internal static class UnreadablePdf
{
    public static PdfDocument Open(byte[] pdf) => Open(new MemoryStream(pdf, writable: false));

    /// <summary>Reads the PDF from <paramref name="pdf"/> where it needs to (PdfPig does not copy a stream, nor close
    /// it: the caller does, after the document).</summary>
    public static PdfDocument Open(Stream pdf)
    {
        try
        {
            return PdfDocument.Open(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePdfException($"the PDF cannot be read: {e.Message}", e);
        }
    }

    public static Page Page(PdfDocument document, int number)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadablePdfException($"page {number} of the PDF cannot be read: {e.Message}", e);
        }
    }
}
