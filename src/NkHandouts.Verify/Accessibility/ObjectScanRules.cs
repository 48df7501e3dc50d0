using System.Text;
using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>Conditions about constructs that may sit anywhere in the file, found by visiting every object:
/// embedded files (21-001), XFA dynamic rendering (25-001), media clips (28-014/015), reference XObjects (30-001).</summary>
internal static class ObjectScanRules
{
    public static void Run(PdfInspection pdf, Findings findings)
    {
        foreach (var (number, token) in pdf.AllObjects())
        {
            var dict = token switch { DictionaryToken d => d, StreamToken s => s.StreamDictionary, _ => null };
            if (dict is null)
            {
                continue;
            }

            var where = $"object {number}";
            if (dict.Data.ContainsKey("EF") && (!dict.Data.ContainsKey("F") || !dict.Data.ContainsKey("UF")))
            {
                findings.Fail("21-001", "an embedded file's file specification lacks F or UF", where: where);
            }

            if (pdf.Name(dict, "S") == "MCD")
            {
                if (!dict.Data.ContainsKey("CT"))
                {
                    findings.Fail("28-014", "a media clip data dictionary has no CT (content type)", where: where);
                }

                if (!dict.Data.ContainsKey("Alt"))
                {
                    findings.Fail("28-015", "a media clip data dictionary has no Alt", where: where);
                }
            }

            if (token is StreamToken && pdf.Name(dict, "Subtype") == "Form" && dict.Data.ContainsKey("Ref"))
            {
                findings.Fail("30-001", "a reference XObject (a form XObject with /Ref) is present", where: where);
            }
        }

        var xfa = pdf.Get(pdf.Dict(pdf.Catalog, "AcroForm"), "XFA");
        var packets = xfa switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(pdf.Resolve).OfType<StreamToken>(),
            _ => [],
        };
        foreach (var packet in packets)
        {
            var text = Encoding.UTF8.GetString(pdf.Decode(packet));
            var at = text.IndexOf("dynamicRender", StringComparison.Ordinal);
            if (at >= 0 && text.AsSpan(at, Math.Min(200, text.Length - at)).Contains("required", StringComparison.Ordinal))
            {
                findings.Fail("25-001", "the XFA form has dynamicRender set to required", where: "AcroForm /XFA");
            }
        }
    }
}
