using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Word.Styles;

/// <summary>Header with the document title (a TITLE field, so it follows the title property) and footer with
/// "Page N of M" (PAGE / NUMPAGES fields).</summary>
internal static class DefaultHeaderFooter
{
    public static Header CreateHeader(string title, string? clinic)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }));
        p.Append(Field("TITLE", title));
        if (!string.IsNullOrWhiteSpace(clinic))
        {
            p.Append(new Run(new TabChar()), new Run(new WText(clinic) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return new Header(p);
    }

    public static Footer CreateFooter()
    {
        var p = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }),
            new Run(new WText("Page ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Field("PAGE", "1"),
            new Run(new WText(" of ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Field("NUMPAGES", "1"));
        return new Footer(p);
    }

    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new WText(cached))) { Instruction = " " + instruction + " " };
}
