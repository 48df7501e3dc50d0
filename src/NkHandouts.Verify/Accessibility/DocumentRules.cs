using System.Xml;
using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>Catalog-level conditions: XMP identification and title (06), DisplayDocTitle (07), Suspects (01-007),
/// encryption permissions (26) and optional content configurations (20).</summary>
internal static class DocumentRules
{
    public const string PdfUaNamespace = "http://www.aiim.org/pdfua/ns/id/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Run(PdfInspection pdf, Findings findings)
    {
        Metadata(pdf, findings);

        var prefs = pdf.Dict(pdf.Catalog, "ViewerPreferences");
        switch (pdf.Get(prefs, "DisplayDocTitle"))
        {
            case null:
                findings.Fail("07-001", "the catalog's ViewerPreferences has no DisplayDocTitle entry, so viewers show the file name instead of the title", where: "catalog");
                break;
            case BooleanToken { Data: false }:
                findings.Fail("07-002", "DisplayDocTitle is false; it must be true so viewers show the document title", where: "catalog");
                break;
        }

        if (pdf.Get(pdf.Dict(pdf.Catalog, "MarkInfo"), "Suspects") is BooleanToken { Data: true })
        {
            findings.Fail("01-007", "MarkInfo has Suspects true: the tagging says it may be unreliable", where: "catalog");
        }

        if (pdf.Resolve(pdf.EncryptToken) is DictionaryToken encrypt)
        {
            if (pdf.Get(encrypt, "P") is not NumericToken p)
            {
                findings.Fail("26-001", "the file is encrypted and its encryption dictionary has no P entry", where: "trailer /Encrypt");
            }
            else if ((p.Long & 0x200) == 0)
            {
                findings.Fail("26-002", "the file is encrypted and P forbids extracting content for accessibility (bit 10 is off)", where: "trailer /Encrypt");
            }
        }

        var oc = pdf.Dict(pdf.Catalog, "OCProperties");
        if (oc is not null)
        {
            var d = pdf.Dict(oc, "D");
            if (d is not null && string.IsNullOrEmpty(pdf.Text(d, "Name")))
            {
                findings.Fail("20-002", "the default optional content configuration has no Name", where: "OCProperties/D");
            }

            var configs = (pdf.Array(oc, "Configs")?.Data ?? []).Select(pdf.Resolve).OfType<DictionaryToken>().ToList();
            for (var i = 0; i < configs.Count; i++)
            {
                if (string.IsNullOrEmpty(pdf.Text(configs[i], "Name")))
                {
                    findings.Fail("20-001", "an optional content configuration has no Name", where: $"OCProperties/Configs[{i}]");
                }
            }

            if (configs.Append(d).Any(c => c is not null && c.Data.ContainsKey("AS")))
            {
                findings.Fail("20-003", "an optional content configuration has an AS entry", where: "OCProperties");
            }
        }
    }

    private static void Metadata(PdfInspection pdf, Findings findings)
    {
        var xml = Xmp(pdf);
        if (xml is null)
        {
            findings.Fail("06-001", "the catalog has no XMP metadata stream (or it is not well-formed XML)", where: "catalog /Metadata");
            return;
        }

        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("pdfuaid", PdfUaNamespace);
        ns.AddNamespace("dc", DcNamespace);
        ns.AddNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        var part = xml.SelectSingleNode("//pdfuaid:part", ns)?.InnerText ?? xml.SelectSingleNode("//@pdfuaid:part", ns)?.Value;
        if (part is null)
        {
            findings.Fail("06-002", "the XMP metadata does not identify the file as PDF/UA (no pdfuaid:part)", where: "XMP");
        }
        else if (part.Trim() != "1")
        {
            findings.Fail("06-002", $"the XMP metadata claims pdfuaid:part '{part.Trim()}', not 1", where: "XMP");
        }

        var title = xml.SelectNodes("//dc:title//rdf:li", ns)?.Cast<XmlNode>().Select(n => n.InnerText.Trim()).FirstOrDefault(t => t.Length > 0);
        if (title is null)
        {
            findings.Fail("06-003", "the XMP metadata has no dc:title (or it is empty)", where: "XMP");
        }
    }

    /// <summary>The catalog's XMP packet as XML, or null when absent or not well-formed.</summary>
    public static XmlDocument? Xmp(PdfInspection pdf)
    {
        if (pdf.Get(pdf.Catalog, "Metadata") is not StreamToken stream)
        {
            return null;
        }

        try
        {
            var doc = new XmlDocument { XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(pdf.Decode(stream)), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc.Load(reader);
            return doc;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
