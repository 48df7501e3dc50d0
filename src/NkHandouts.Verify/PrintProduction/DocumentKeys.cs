using System.Text;
using System.Xml;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>The document-level PDF/X-4 keys: Info (GTS_PDFXVersion, Trapped, Title, dates), XMP (the same claims
/// plus the xmpMM identifiers PDF/X-4 requires) and the one GTS_PDFX output intent with its CMYK profile.</summary>
internal static class DocumentKeys
{
    private const string PdfXNamespace = "http://www.npes.org/pdfx/ns/id/";

    /// <returns>The output condition identifier, when there is an output intent.</returns>
    public static string? Check(PdfDocument document, PdfObjects pdf, List<PrintFinding> findings)
    {
        var info = document.Information.DocumentInformationDictionary;
        var version = pdf.Text(info, "GTS_PDFXVersion");
        if (version is null)
        {
            findings.Add(new PrintFinding(PrintRules.VersionKey, "the Info dictionary has no GTS_PDFXVersion"));
        }
        else if (version is not ("PDF/X-4" or "PDF/X-4p"))
        {
            findings.Add(new PrintFinding(PrintRules.VersionKey, $"GTS_PDFXVersion is '{version}', not PDF/X-4"));
        }

        var trapped = pdf.Name(info, "Trapped");
        if (trapped is not ("True" or "False"))
        {
            findings.Add(new PrintFinding(PrintRules.Trapped, trapped is null ? "the Info dictionary has no Trapped key" : $"Trapped is /{trapped}; PDF/X needs /True or /False"));
        }

        foreach (var key in new[] { "Title", "CreationDate", "ModDate" })
        {
            if (string.IsNullOrWhiteSpace(pdf.Text(info, key)))
            {
                findings.Add(new PrintFinding(PrintRules.InfoKeys, $"the Info dictionary has no {key}"));
            }
        }

        CheckXmp(document, version, trapped, findings);
        return CheckOutputIntent(document, pdf, findings);
    }

    private static void CheckXmp(PdfDocument document, string? infoVersion, string? trapped, List<PrintFinding> findings)
    {
        if (!document.TryGetXmpMetadata(out var metadata))
        {
            findings.Add(new PrintFinding(PrintRules.Xmp, "no XMP metadata stream in the catalog"));
            return;
        }

        XmlDocument xml;
        try
        {
            xml = new XmlDocument { XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(metadata.GetXmlBytes().ToArray()), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            xml.Load(reader);
        }
        catch (XmlException e)
        {
            findings.Add(new PrintFinding(PrintRules.Xmp, "the XMP metadata is not well-formed XML: " + e.Message));
            return;
        }

        var ns = new XmlNamespaceManager(xml.NameTable);
        ns.AddNamespace("pdfxid", PdfXNamespace);
        ns.AddNamespace("xmpMM", "http://ns.adobe.com/xap/1.0/mm/");
        ns.AddNamespace("xmp", "http://ns.adobe.com/xap/1.0/");
        ns.AddNamespace("pdf", "http://ns.adobe.com/pdf/1.3/");
        ns.AddNamespace("dc", "http://purl.org/dc/elements/1.1/");
        var xmpVersion = Value(xml, ns, "pdfxid:GTS_PDFXVersion");
        if (xmpVersion is null)
        {
            findings.Add(new PrintFinding(PrintRules.XmpVersion, "the XMP has no pdfxid:GTS_PDFXVersion"));
        }
        else if (infoVersion is not null && xmpVersion != infoVersion)
        {
            findings.Add(new PrintFinding(PrintRules.XmpVersion, $"XMP says '{xmpVersion}' but the Info dictionary says '{infoVersion}'"));
        }

        foreach (var required in new[] { "xmpMM:DocumentID", "xmpMM:VersionID", "xmpMM:RenditionClass", "xmp:CreateDate", "xmp:ModifyDate", "dc:title" })
        {
            if (Value(xml, ns, required) is null)
            {
                findings.Add(new PrintFinding(PrintRules.Xmp, $"the XMP has no {required} (PDF/X-4 requires it)"));
            }
        }

        var xmpTrapped = Value(xml, ns, "pdf:Trapped");
        if (trapped is not null && xmpTrapped is not null && xmpTrapped != trapped)
        {
            findings.Add(new PrintFinding(PrintRules.Trapped, $"XMP pdf:Trapped is '{xmpTrapped}' but Info says /{trapped}"));
        }
    }

    /// <summary>An element's text or an attribute's value (XMP allows both forms).</summary>
    private static string? Value(XmlDocument xml, XmlNamespaceManager ns, string name)
    {
        var node = xml.SelectSingleNode("//" + name, ns) ?? xml.SelectSingleNode("//@" + name, ns);
        var text = node?.InnerText.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? CheckOutputIntent(PdfDocument document, PdfObjects pdf, List<PrintFinding> findings)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var intents = (pdf.Array(catalog, "OutputIntents")?.Data ?? []).Select(t => pdf.Resolve(t)).OfType<DictionaryToken>()
            .Where(d => pdf.Name(d, "S") == "GTS_PDFX").ToList();
        if (intents.Count != 1)
        {
            findings.Add(new PrintFinding(PrintRules.OutputIntent, intents.Count == 0 ? "no output intent of subtype GTS_PDFX" : $"{intents.Count} GTS_PDFX output intents; PDF/X allows one"));
            return null;
        }

        var intent = intents[0];
        var identifier = pdf.Text(intent, "OutputConditionIdentifier");
        if (string.IsNullOrWhiteSpace(identifier))
        {
            findings.Add(new PrintFinding(PrintRules.OutputIntent, "the output intent has no OutputConditionIdentifier"));
        }

        var profile = pdf.Resolve(PdfObjects.Get(intent, "DestOutputProfile")) as StreamToken;
        if (profile is null)
        {
            findings.Add(new PrintFinding(PrintRules.OutputProfile, "the output intent embeds no DestOutputProfile"));
            return identifier;
        }

        byte[] icc;
        try
        {
            icc = pdf.Decode(profile);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidDataException)
        {
            findings.Add(new PrintFinding(PrintRules.OutputProfile, "the output profile stream cannot be read: " + e.Message));
            return identifier;
        }

        var header = IccHeader.Read(icc);
        if (header is null)
        {
            findings.Add(new PrintFinding(PrintRules.OutputProfile, "the output profile is not an ICC profile"));
        }
        else
        {
            if (header.ColourSpace != "CMYK")
            {
                findings.Add(new PrintFinding(PrintRules.OutputProfile, $"the output profile is {header.ColourSpace.Trim()}, not CMYK"));
            }

            if (header.DeviceClass != "prtr")
            {
                findings.Add(new PrintFinding(PrintRules.OutputProfile, $"the output profile's class is '{header.DeviceClass}', not an output (prtr) profile"));
            }

            if (header.Size != icc.Length)
            {
                findings.Add(new PrintFinding(PrintRules.OutputProfile, $"the output profile says it is {header.Size} bytes but {icc.Length} are embedded"));
            }

            if (header.Major > 4)
            {
                findings.Add(new PrintFinding(PrintRules.OutputProfile, $"the output profile is ICC version {header.Major}; PDF/X-4 reads version 4 or earlier"));
            }
        }

        if (pdf.Number(profile.StreamDictionary, "N") is not 4.0)
        {
            findings.Add(new PrintFinding(PrintRules.OutputProfile, "the output profile stream's /N is not 4"));
        }

        return identifier;
    }
}

/// <summary>The first 128 bytes of an ICC profile: size, class, data colour space, version.</summary>
internal sealed record IccHeader(long Size, string DeviceClass, string ColourSpace, int Major)
{
    public static IccHeader? Read(byte[] icc)
    {
        if (icc.Length < 128 || Encoding.ASCII.GetString(icc, 36, 4) != "acsp")
        {
            return null;
        }

        var size = ((long)icc[0] << 24) | ((long)icc[1] << 16) | ((long)icc[2] << 8) | icc[3];
        return new IccHeader(size, Encoding.ASCII.GetString(icc, 12, 4), Encoding.ASCII.GetString(icc, 16, 4), icc[8]);
    }
}
