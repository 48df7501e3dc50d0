using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// Makes a PDFsharp document a PDF/X-4 print file before it is saved: PDF 1.6 header, the version and trapping
/// keys, the output intent with its embedded CMYK profile, and raster images tagged as sRGB (ICC-based) so no
/// device-dependent RGB is left for the RIP to guess at. The XMP half of the claim is <see cref="XmpPacket"/>.
/// </summary>
internal static class PdfX4
{
    public const string Version = "PDF/X-4";

    /// <summary>Nothing is trapped here; the print shop's RIP traps if its press needs it.</summary>
    public const string Trapped = "False";

    public static void Prepare(PdfDocument document, OutputCondition condition)
    {
        document.Version = 16; // PDF/X-4 (ISO 15930-7:2010) is based on PDF 1.6
        document.Info.Elements["/GTS_PDFXVersion"] = new PdfString(Version);
        document.Info.Elements["/Trapped"] = new PdfName("/" + Trapped);

        var intent = new PdfDictionary(document);
        intent.Elements["/Type"] = new PdfName("/OutputIntent");
        intent.Elements["/S"] = new PdfName("/GTS_PDFX");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString(condition.Identifier);
        intent.Elements["/OutputCondition"] = new PdfString(condition.Condition);
        intent.Elements["/RegistryName"] = new PdfString(OutputCondition.Registry);
        intent.Elements["/Info"] = new PdfString(condition.Info);
        intent.Elements["/DestOutputProfile"] = IccStream(document, condition.Profile(), 4);
        document.Internals.AddObject(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(document, intent.Reference!);

        TagImages(document);
    }

    /// <summary>Images PDFsharp wrote as DeviceRGB are sRGB (PNG and JPEG without a profile are taken as sRGB by
    /// browsers and by our screen files), so say so; the RIP then converts them with the output intent, at the
    /// press's own rendering settings, instead of us flattening them to one CMYK guess.</summary>
    private static void TagImages(PdfDocument document)
    {
        PdfItem? srgb = null;
        foreach (var obj in document.Internals.GetAllObjects())
        {
            // Images imported with a booklet's reading pages are tagged already (an array, not a name).
            if (obj is PdfDictionary d && d.Elements["/Subtype"] is PdfName { Value: "/Image" } && d.Elements["/ColorSpace"] is PdfName { Value: "/DeviceRGB" })
            {
                srgb ??= new PdfArray(document, new PdfName("/ICCBased"), IccStream(document, ProfileData.Srgb(), 3));
                d.Elements["/ColorSpace"] = srgb;
            }
        }
    }

    private static PdfReference IccStream(PdfDocument document, byte[] profile, int components)
    {
        var stream = new PdfDictionary(document);
        stream.Elements["/N"] = new PdfInteger(components);
        stream.CreateStream(profile);
        document.Internals.AddObject(stream);
        return stream.Reference!;
    }
}
