using System.Text;
using System.Text.RegularExpressions;
using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// Fonts used by text on the pages: embedding (31-009), CID font and CMap entries (31-001…008), TrueType encodings
/// (31-019…024), ToUnicode presence and values (31-027…029), every shown code mapped to Unicode (10-001) and no
/// .notdef shown where the file says which glyph a code is (31-030).
/// </summary>
internal static partial class FontRules
{
    private static readonly HashSet<string> StandardOrderings = new(StringComparer.Ordinal) { "GB1", "CNS1", "Japan1", "Korea1" };

    /// <summary>The fonts one page's text uses (pages come one at a time, see <see cref="PdfUaCheck"/>).</summary>
    public static void Page(PdfInspection pdf, PageContent content, Findings findings)
    {
        var fonts = pdf.Dict(pdf.Dict(content.Page.Dictionary, "Resources"), "Font");
        foreach (var group in content.Text.GroupBy(t => t.Font))
        {
            var font = pdf.Dict(fonts, group.Key);
            if (font is null)
            {
                findings.Fail("10-001", $"text uses font /{group.Key}, which the page resources do not define", content.Page.Number);
                continue;
            }

            var name = pdf.Name(font, "BaseFont") ?? group.Key;
            Font(pdf, findings, content.Page.Number, font, name, group.Select(g => g.Bytes).ToList());
        }
    }

    private static void Font(PdfInspection pdf, Findings findings, int page, DictionaryToken font, string name, List<byte[]> shown)
    {
        var where = $"font {name}";
        var subtype = pdf.Name(font, "Subtype");
        var descendant = subtype == "Type0" ? pdf.Resolve(pdf.Array(font, "DescendantFonts")?.Data.FirstOrDefault()) as DictionaryToken : null;
        var described = descendant ?? font;
        var descriptor = pdf.Dict(described, "FontDescriptor");
        if (subtype != "Type3" && (descriptor is null || !(descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile3"))))
        {
            findings.Fail("31-009", "the font program is not embedded", page, where);
        }

        if (subtype == "Type0")
        {
            CidFont(pdf, findings, page, font, descendant, where);
        }

        if (subtype == "TrueType")
        {
            var flags = pdf.Get(descriptor, "Flags") is NumericToken f ? f.Int : 0;
            var symbolic = (flags & 4) != 0;
            var encoding = pdf.Get(font, "Encoding");
            if (symbolic && encoding is not null)
            {
                findings.Fail("31-024", "a symbolic TrueType font has an Encoding entry", page, where);
            }
            else if (!symbolic)
            {
                var baseEncoding = encoding is DictionaryToken ed ? pdf.Name(ed, "BaseEncoding") : (encoding as NameToken)?.Data;
                if (encoding is null)
                {
                    findings.Fail("31-019", "a non-symbolic TrueType font has no Encoding", page, where);
                }
                else if (encoding is DictionaryToken && baseEncoding is null)
                {
                    findings.Fail("31-020", "a non-symbolic TrueType font's Encoding dictionary has no BaseEncoding", page, where);
                }
                else if (baseEncoding is not ("MacRomanEncoding" or "WinAnsiEncoding"))
                {
                    findings.Fail("31-021", $"a non-symbolic TrueType font uses {baseEncoding}, not MacRomanEncoding or WinAnsiEncoding", page, where);
                }
            }
        }

        var toUnicode = pdf.Get(font, "ToUnicode") as StreamToken;
        if (toUnicode is null)
        {
            if (!ToUnicodeExempt(pdf, font, subtype, descendant))
            {
                findings.Fail("31-027", "the font has no ToUnicode map and none of the exceptions applies", page, where);
                findings.Fail("10-001", "text in this font cannot be mapped to Unicode (no ToUnicode map)", page, where);
            }

            return;
        }

        var map = ToUnicodeMap.Parse(pdf.Decode(toUnicode));
        if (map.Map.Values.Any(v => v.Contains('\0')))
        {
            findings.Fail("31-028", "the ToUnicode map maps a code to U+0000", page, where);
        }

        if (map.Map.Values.Any(v => v.Contains('\uFEFF') || v.Contains('\uFFFE')))
        {
            findings.Fail("31-029", "the ToUnicode map maps a code to U+FEFF or U+FFFE", page, where);
        }

        var width = subtype == "Type0" ? 2 : map.CodeLength;
        var identityGlyphs = descendant is not null && pdf.Name(descendant, "Subtype") == "CIDFontType2"
                             && pdf.Name(descendant, "CIDToGIDMap") == "Identity" && pdf.Name(font, "Encoding") is "Identity-H" or "Identity-V";
        var unmapped = new SortedSet<uint>();
        var notdef = false;
        foreach (var bytes in shown)
        {
            for (var i = 0; i + width <= bytes.Length; i += width)
            {
                uint code = 0;
                for (var b = 0; b < width; b++)
                {
                    code = (code << 8) | bytes[i + b];
                }

                notdef |= identityGlyphs && code == 0;
                if (!map.Map.TryGetValue(code, out var text) || text.Length == 0)
                {
                    unmapped.Add(code);
                }
            }
        }

        if (unmapped.Count > 0)
        {
            findings.Fail("10-001", $"{unmapped.Count} character code(s) shown have no Unicode mapping, e.g. <{unmapped.Min:X4}>", page, where);
        }

        if (notdef)
        {
            findings.Fail("31-030", "text shows glyph 0 (.notdef)", page, where);
        }
    }

    private static void CidFont(PdfInspection pdf, Findings findings, int page, DictionaryToken font, DictionaryToken? descendant, string where)
    {
        if (descendant is not null && pdf.Name(descendant, "Subtype") == "CIDFontType2")
        {
            var map = pdf.Get(descendant, "CIDToGIDMap");
            if (map is null)
            {
                findings.Fail("31-005", "a Type 2 CIDFont has no CIDToGIDMap", page, where);
            }
            else if (map is not StreamToken && map is not NameToken { Data: "Identity" })
            {
                findings.Fail("31-004", "a Type 2 CIDFont's CIDToGIDMap is neither a stream nor /Identity", page, where);
            }
        }

        var encoding = pdf.Get(font, "Encoding");
        if (encoding is NameToken { Data: "Identity-H" or "Identity-V" })
        {
            return;
        }

        if (encoding is NameToken n && !PredefinedCMap().IsMatch(n.Data))
        {
            findings.Fail("31-006", $"CMap /{n.Data} is neither predefined nor embedded", page, where);
            return;
        }

        if (encoding is StreamToken cmap)
        {
            var text = Encoding.Latin1.GetString(pdf.Decode(cmap));
            var streamWMode = WMode().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var dictWMode = pdf.Get(cmap.StreamDictionary, "WMode") is NumericToken w ? w.Int : 0;
            if (streamWMode != dictWMode)
            {
                findings.Fail("31-007", $"the CMap's WMode entry ({dictWMode}) differs from its stream ({streamWMode})", page, where);
            }

            if (pdf.Get(cmap.StreamDictionary, "UseCMap") is NameToken use && !PredefinedCMap().IsMatch(use.Data))
            {
                findings.Fail("31-008", $"the CMap uses /{use.Data}, which is not predefined", page, where);
            }

            var mine = pdf.Dict(cmap.StreamDictionary, "CIDSystemInfo");
            var theirs = pdf.Dict(descendant, "CIDSystemInfo");
            if (mine is not null && theirs is not null)
            {
                if (pdf.Text(mine, "Registry") != pdf.Text(theirs, "Registry"))
                {
                    findings.Fail("31-001", "the CMap's and the CIDFont's CIDSystemInfo Registry differ", page, where);
                }

                if (pdf.Text(mine, "Ordering") != pdf.Text(theirs, "Ordering"))
                {
                    findings.Fail("31-002", "the CMap's and the CIDFont's CIDSystemInfo Ordering differ", page, where);
                }

                if (pdf.Get(theirs, "Supplement") is NumericToken a && pdf.Get(mine, "Supplement") is NumericToken b && a.Int < b.Int)
                {
                    findings.Fail("31-003", "the CIDFont's Supplement is lower than the CMap's", page, where);
                }
            }
        }
    }

    private static bool ToUnicodeExempt(PdfInspection pdf, DictionaryToken font, string? subtype, DictionaryToken? descendant)
    {
        if (subtype == "Type0")
        {
            var info = pdf.Dict(descendant, "CIDSystemInfo");
            return pdf.Text(info, "Registry") == "Adobe" && StandardOrderings.Contains(pdf.Text(info, "Ordering") ?? "");
        }

        var encoding = pdf.Get(font, "Encoding");
        var name = encoding is DictionaryToken d ? pdf.Name(d, "BaseEncoding") : (encoding as NameToken)?.Data;
        if (name is "MacRomanEncoding" or "MacExpertEncoding" or "WinAnsiEncoding")
        {
            return true;
        }

        // Type 1/Type 3 glyph names in the Adobe Glyph List, and non-symbolic TrueType, are exempt.
        var flags = pdf.Get(pdf.Dict(font, "FontDescriptor"), "Flags") is NumericToken f ? f.Int : 0;
        return subtype is "Type1" or "MMType1" or "Type3" || (subtype == "TrueType" && (flags & 4) == 0);
    }

    [GeneratedRegex(@"^(Identity-[HV]|(GB-EUC|GBpc-EUC|GBK-EUC|GBKp-EUC|GBK2K|UniGB-UCS2|UniGB-UTF16|B5pc|HKscs-B5|ETen-B5|ETenms-B5|CNS-EUC|UniCNS-UCS2|UniCNS-UTF16|83pv-RKSJ|90ms-RKSJ|90msp-RKSJ|90pv-RKSJ|Add-RKSJ|EUC|Ext-RKSJ|UniJIS-UCS2|UniJIS-UCS2-HW|UniJIS-UTF16|KSC-EUC|KSCms-UHC|KSCms-UHC-HW|KSCpc-EUC|UniKS-UCS2|UniKS-UTF16|GB|B5|CNS1|CNS2|Ext|H|V|Add|KSC|KSCpc|RKSJ)(-[HV])?)$")]
    private static partial Regex PredefinedCMap();

    [GeneratedRegex(@"/WMode\s+(\d+)\s+def")]
    private static partial Regex WMode();
}
