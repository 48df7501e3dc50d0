using System.Text;
using System.Text.RegularExpressions;

namespace NkHandouts.Pdf;

/// <summary>
/// The one crossing of text objects and marked content that <see cref="PdfSurface"/> cannot prevent by switching
/// modes first: PDFsharp opens a text object before the first marked content of every page, whatever is drawn, so a
/// page whose first tagged content is graphics (the logo figure) starts <c>BT /Figure&lt;&lt;/MCID 0&gt;&gt;BDC ET</c>,
/// a sequence that crosses the text object (ISO 32000-1 14.6). That text object holds nothing, so it is dropped.
/// </summary>
internal static partial class MarkedContentNesting
{
    public static byte[] Repair(byte[] content)
    {
        // Content streams are ASCII operators; Latin-1 maps every byte to one char and back unchanged.
        var text = Encoding.Latin1.GetString(content);
        var repaired = EmptyTextObject().Replace(text, "$1");
        return ReferenceEquals(repaired, text) ? content : Encoding.Latin1.GetBytes(repaired); // Replace returns its input when nothing matched
    }

    [GeneratedRegex(@"(?<=^|\n)BT\n(/[A-Za-z0-9]+<</MCID \d+>>BDC\n)ET\n")]
    private static partial Regex EmptyTextObject();
}
