using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NkHandouts.Pdf;

/// <summary>
/// Adds the PDF/UA identification (<c>pdfuaid:part</c> 1, ISO 14289-1 §5) to the XMP packet PDFsharp writes, which
/// has none. Works on the uncompressed metadata stream object and fixes its /Length.
/// </summary>
internal static partial class XmpIdentification
{
    private const string Description =
        "      <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" +
        "        <pdfuaid:part>1</pdfuaid:part>\n" +
        "      </rdf:Description>\n";

    public static byte[] AddPdfUa(byte[] body)
    {
        var text = Encoding.Latin1.GetString(body);
        var streamAt = text.IndexOf(">>\nstream\n", StringComparison.Ordinal);
        var close = text.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (streamAt < 0 || close < streamAt || text.Contains("pdfuaid:part", StringComparison.Ordinal))
        {
            throw new InvalidDataException("unexpected XMP metadata object: cannot add the PDF/UA identification");
        }

        var dict = text[..(streamAt + 2)];
        var length = int.Parse(Length().Match(dict).Groups[1].Value, CultureInfo.InvariantCulture);
        var insert = Description + "    ";
        var newDict = Length().Replace(dict, "/Length " + (length + insert.Length).ToString(CultureInfo.InvariantCulture), 1);
        return Encoding.Latin1.GetBytes(newDict + text[(streamAt + 2)..close] + insert + text[close..]);
    }

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex Length();
}
