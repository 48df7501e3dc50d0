using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>
/// Checks the PDF/X-4 (ISO 15930-7:2010) conditions a program can decide, reading the file with PdfPig and its own
/// content-stream walker, independently of the code that wrote it: version and trapping keys in Info and XMP,
/// the GTS_PDFX output intent with an embedded CMYK output profile, document ID, no encryption, PDF ≤ 1.6,
/// nested page boxes, embedded fonts, no device RGB/gray colour, black type in black ink only, and no printing
/// annotations on the page. It does not judge what needs eyes or the press: colour accuracy, ink coverage
/// against the profile's limit, image resolution, overprint intent.
/// </summary>
public static class PdfX4Checker
{
    public static PrintReport Check(string path) => Check(File.ReadAllBytes(path), path);

    public static PrintReport Check(byte[] bytes, string name)
    {
        var findings = new List<PrintFinding>();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(new PrintFinding(PrintRules.Unreadable, "not a readable PDF: " + e.Message));
            return new PrintReport(name, findings);
        }

        using (document)
        {
            var pdf = new PdfObjects(document);
            CheckHeader(bytes, document, findings);
            var condition = DocumentKeys.Check(document, pdf, findings);
            var colourUses = 0;
            var textRuns = 0;
            foreach (var page in document.GetPages())
            {
                PageBoxes.Check(page.Number, page.Dictionary, pdf, findings);
                Annotations(page.Number, page.Dictionary, pdf, findings);
                FontEmbedding.Check(page.Number, pdf.Dict(page.Dictionary, "Resources"), pdf, findings);
                var walker = new ContentColours(pdf, page.Number, findings.Add);
                try
                {
                    walker.Walk(PageContent(page.Dictionary, pdf), pdf.Dict(page.Dictionary, "Resources"));
                }
                catch (NotSupportedException e)
                {
                    findings.Add(new PrintFinding(PrintRules.Unreadable, e.Message, page.Number));
                }

                colourUses += walker.ColourUses;
                textRuns += walker.TextRuns;
            }

            return new PrintReport(name, findings) { OutputCondition = condition, Pages = document.NumberOfPages, ColourUses = colourUses, TextRuns = textRuns };
        }
    }

    private static void CheckHeader(byte[] bytes, PdfDocument document, List<PrintFinding> findings)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(8, bytes.Length));
        var catalogVersion = (document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Version") as NameToken)?.Data;
        foreach (var version in new[] { head.StartsWith("%PDF-", StringComparison.Ordinal) ? head[5..] : "?", catalogVersion })
        {
            if (version is not null && string.CompareOrdinal(version, "1.6") > 0)
            {
                findings.Add(new PrintFinding(PrintRules.PdfVersion, $"PDF version {version}; PDF/X-4 files are PDF 1.6 or earlier"));
            }
        }

        if (document.Structure.Trailer.EncryptionToken is not null || document.IsEncrypted)
        {
            findings.Add(new PrintFinding(PrintRules.Encrypted, "the file is encrypted; PDF/X forbids encryption"));
        }

        var id = document.Structure.Trailer.Identifier;
        if (id is null || id.Count != 2 || id.Any(s => string.IsNullOrEmpty(s.Data)))
        {
            findings.Add(new PrintFinding(PrintRules.DocumentId, "the trailer has no document /ID (two strings)"));
        }
    }

    /// <summary>Annotations that would print on the page (other than printer's marks and trap networks).</summary>
    private static void Annotations(int page, DictionaryToken dict, PdfObjects pdf, List<PrintFinding> findings)
    {
        foreach (var item in pdf.Array(dict, "Annots")?.Data ?? [])
        {
            var annot = pdf.Resolve(item) as DictionaryToken;
            var subtype = pdf.Name(annot, "Subtype");
            var flags = (int)(pdf.Number(annot, "F") ?? 0);
            if (subtype is not ("PrinterMark" or "TrapNet") && (flags & 4) != 0 && (flags & 2) == 0)
            {
                findings.Add(new PrintFinding(PrintRules.Annotations, $"a {subtype} annotation is set to print; on a PDF/X page only printer's marks may", page));
            }
        }
    }

    private static byte[] PageContent(DictionaryToken page, PdfObjects pdf)
    {
        var contents = pdf.Resolve(PdfObjects.Get(page, "Contents"));
        var streams = contents switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(t => pdf.Resolve(t)).OfType<StreamToken>().ToList(),
            _ => new List<StreamToken>(),
        };
        var all = new MemoryStream();
        foreach (var s in streams)
        {
            all.Write(pdf.Decode(s));
            all.WriteByte((byte)'\n');
        }

        return all.ToArray();
    }
}
