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

    /// <summary>The language's "Page {0} of {1}" with the PAGE and NUMPAGES fields where {0} and {1} stand.</summary>
    public static Footer CreateFooter(Localization.Furniture furniture)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }));
        var pattern = furniture[Localization.FurnitureKey.Page];
        var i = 0;
        while (i < pattern.Length)
        {
            var next = pattern.IndexOf('{', i);
            if (next < 0 || next + 2 >= pattern.Length || pattern[next + 2] != '}' || pattern[next + 1] is not ('0' or '1'))
            {
                Literal(p, pattern[i..]);
                break;
            }

            Literal(p, pattern[i..next]);
            p.Append(Field(pattern[next + 1] == '0' ? "PAGE" : "NUMPAGES", "1"));
            i = next + 3;
        }

        return new Footer(p);
    }

    private static void Literal(Paragraph p, string text)
    {
        if (text.Length > 0)
        {
            p.Append(new Run(new WText(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }
    }

    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new WText(cached))) { Instruction = " " + instruction + " " };
}
