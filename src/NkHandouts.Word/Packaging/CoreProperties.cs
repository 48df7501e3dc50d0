using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using NkHandouts.Content;

namespace NkHandouts.Word.Packaging;

/// <summary>
/// docProps/core.xml written by the project (title, author, subject, keywords, language, dates) rather than through
/// System.IO.Packaging's PackageProperties, which names the part randomly. Dates come from the render timestamp.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WordprocessingDocument document, ArticleMetadata m, DateTimeOffset timestamp, string? draftMark = null)
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>("rId2");
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, m.Title);
        Optional(xml, "dc", "subject", Dc, m.Subtitle);
        Optional(xml, "dc", "creator", Dc, m.Author);
        Optional(xml, "cp", "keywords", Cp, m.Keywords.Count == 0 ? null : string.Join(", ", m.Keywords));
        Optional(xml, "dc", "description", Dc, m.Summary);
        xml.WriteElementString("dc", "language", Dc, m.Language);
        Optional(xml, "cp", "version", Cp, m.Version);
        Optional(xml, "cp", "contentStatus", Cp, draftMark); // Word shows it as the document's Status
        var when = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString(prefix, name, ns, value);
        }
    }
}
