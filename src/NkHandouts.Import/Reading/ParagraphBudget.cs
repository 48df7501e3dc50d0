using System.IO.Compression;
using System.Xml;

namespace NkHandouts.Import.Reading;

/// <summary>
/// Refuses a document with more paragraphs than import can match in reasonable time, before the SDK loads it. A zip
/// bomb is refused by its bytes (SafeArchive); this is the other cost: 400,000 short paragraphs are a 1.3 MB file
/// and 25 MB of XML, well within those limits, yet held the import for more than 12 minutes at 630 MB (matching
/// and placing added paragraphs grows faster than their number). 20,000 take 6 seconds and 120 MB.
/// </summary>
internal static class ParagraphBudget
{
    /// <summary>Paragraphs (w:p, in any part: body, table cells, footnotes, headers) a document may hold.</summary>
    public const int MaxParagraphs = 20_000;

    /// <summary>Null when the document holds at most <see cref="MaxParagraphs"/>; else how many it holds (at least).</summary>
    public static int? Over(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var count = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "p" && reader.NamespaceURI == "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
                {
                    count++;
                }
            }
        }

        return count > MaxParagraphs ? count : null;
    }
}
