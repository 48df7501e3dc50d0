using System.Globalization;
using System.Security;
using System.Text;

namespace NkHandouts.Pdf;

/// <summary>
/// The document's XMP metadata, built here rather than by PDFsharp so that conformance claims can be added: every
/// claim (PDF/UA part, PDF/X version) goes in this one packet, next to the same title, author, dates and producer
/// as the Info dictionary (checkers compare the two). The uuids are placeholders that <see cref="PdfFinisher"/>
/// replaces with content-derived values.
/// </summary>
public sealed record XmpPacket(PdfMetadata Metadata)
{
    /// <summary>PDF/UA part (1) to claim in <c>pdfuaid:part</c>, or null.</summary>
    public int? PdfUaPart { get; init; }

    /// <summary>PDF/X version to claim in <c>pdfxid:GTS_PDFXVersion</c> ("PDF/X-4"), or null.</summary>
    public string? PdfXVersion { get; init; }

    /// <summary>The Info dictionary's /Trapped (True or False), or null for none.</summary>
    public string? Trapped { get; init; }

    public byte[] Render(string producer)
    {
        var m = Metadata;
        var date = m.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        Open(sb, "dc", "http://purl.org/dc/elements/1.1/");
        sb.Append("  <dc:format>application/pdf</dc:format>\n");
        sb.Append("  <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(m.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(m.Author))
        {
            sb.Append("  <dc:creator><rdf:Seq><rdf:li>").Append(Escape(m.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(m.Subject))
        {
            sb.Append("  <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(m.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        sb.Append("  <dc:language><rdf:Bag><rdf:li>").Append(Escape(m.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        Close(sb);

        Open(sb, "pdf", "http://ns.adobe.com/pdf/1.3/");
        sb.Append("  <pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
        if (!string.IsNullOrEmpty(m.Keywords))
        {
            sb.Append("  <pdf:Keywords>").Append(Escape(m.Keywords)).Append("</pdf:Keywords>\n");
        }

        if (Trapped is not null)
        {
            sb.Append("  <pdf:Trapped>").Append(Trapped).Append("</pdf:Trapped>\n");
        }

        Close(sb);

        Open(sb, "xmp", "http://ns.adobe.com/xap/1.0/");
        sb.Append("  <xmp:CreatorTool>").Append(Escape(m.Creator)).Append("</xmp:CreatorTool>\n");
        sb.Append("  <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        sb.Append("  <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        sb.Append("  <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n");
        Close(sb);

        Open(sb, "xmpMM", "http://ns.adobe.com/xap/1.0/mm/");
        sb.Append("  <xmpMM:DocumentID>uuid:00000000-0000-0000-0000-000000000000</xmpMM:DocumentID>\n");
        sb.Append("  <xmpMM:InstanceID>uuid:00000000-0000-0000-0000-000000000000</xmpMM:InstanceID>\n");
        sb.Append("  <xmpMM:VersionID>1</xmpMM:VersionID>\n");
        sb.Append("  <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n");
        Close(sb);

        if (PdfUaPart is { } part)
        {
            Open(sb, "pdfuaid", "http://www.aiim.org/pdfua/ns/id/");
            sb.Append("  <pdfuaid:part>").Append(part.ToString(CultureInfo.InvariantCulture)).Append("</pdfuaid:part>\n");
            Close(sb);
        }

        if (PdfXVersion is not null)
        {
            Open(sb, "pdfxid", "http://www.npes.org/pdfx/ns/id/");
            sb.Append("  <pdfxid:GTS_PDFXVersion>").Append(Escape(PdfXVersion)).Append("</pdfxid:GTS_PDFXVersion>\n");
            Close(sb);
        }

        sb.Append("</rdf:RDF>\n</x:xmpmeta>\n");
        // Padding lets an editor update the packet in place, as the XMP specification recommends.
        for (var i = 0; i < 20; i++)
        {
            sb.Append(' ', 99).Append('\n');
        }

        sb.Append("<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Open(StringBuilder sb, string prefix, string ns) =>
        sb.Append(" <rdf:Description rdf:about=\"\" xmlns:").Append(prefix).Append("=\"").Append(ns).Append("\">\n");

    private static void Close(StringBuilder sb) => sb.Append(" </rdf:Description>\n");

    private static string Escape(string s) => SecurityElement.Escape(s) ?? "";
}
