using System.Text;
using System.Xml;

namespace NkHandouts.Content.Identity;

/// <summary>
/// Fingerprints of the text an editable output holds outside the article: the page header and footer, and the lines
/// the build writes around the article (the info line, the disclaimer, the source note). The build records them (the
/// briefing's <c>Furniture</c> property); import compares, so text a clinician types there is warned about instead of
/// dropped silently. Field results (the title, page numbers) are left out: Word and LibreOffice recompute them.
/// </summary>
public static class FurnitureText
{
    public const string Property = "Furniture";

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The text of a WordprocessingML paragraph (w:t, tabs as spaces), without field codes or results, with
    /// runs of white space made one space: Word and LibreOffice split and space runs differently.</summary>
    public static string Of(string paragraphXml)
    {
        var text = new StringBuilder();
        Read(paragraphXml, text);
        return string.Join(' ', text.ToString().Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A short hash of a paragraph's text (<see cref="Of"/>).</summary>
    public static string Hash(string text) => Hashing.Sha256.Hex(Encoding.UTF8.GetBytes(text))[..12];

    /// <summary>The property's value: <c>header=h1,h2;footer=h1;notes=h1,h2,h3</c>, one hash per paragraph with text,
    /// so import can name the paragraph that is new or changed.</summary>
    public static string Format(IEnumerable<(string Place, IEnumerable<string> Paragraphs)> places) =>
        string.Join(';', places.Select(p => p.Place + "=" + string.Join(',', p.Paragraphs.Where(x => x.Length > 0).Select(Hash))));

    /// <summary>Place → the hashes of its paragraphs, from <see cref="Format"/>'s value.</summary>
    public static Dictionary<string, HashSet<string>> Parse(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static void Read(string xml, StringBuilder text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var simpleFields = 0; // depth inside w:fldSimple (its runs are the field's result)
        var complexField = 0; // nesting of begin…end fields; their code and result are both left out
        var advanced = false; // ReadElementContentAsString leaves the reader on the next node already
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NamespaceURI != W)
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "fldSimple" && !reader.IsEmptyElement)
            {
                simpleFields++;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "fldSimple")
            {
                simpleFields--;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "fldChar")
            {
                complexField += reader.GetAttribute("fldCharType", W) switch { "begin" => 1, "end" => -1, _ => 0 };
                complexField = Math.Max(0, complexField);
            }
            else if (reader.NodeType == XmlNodeType.Element && simpleFields == 0 && complexField == 0)
            {
                if (reader.LocalName == "t" && !reader.IsEmptyElement)
                {
                    text.Append(reader.ReadElementContentAsString());
                    advanced = true;
                }
                else if (reader.LocalName is "tab" or "br")
                {
                    text.Append(' ');
                }
            }
        }
    }
}
