using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>Every font a page (or a form it paints) uses has its program embedded (FontFile, FontFile2 or
/// FontFile3 in the descriptor; Type 3 fonts are drawn with content streams and need none).</summary>
internal static class FontEmbedding
{
    public static void Check(int page, DictionaryToken? resources, PdfObjects pdf, List<PrintFinding> findings, int depth = 0)
    {
        if (resources is null || depth > 12)
        {
            return;
        }

        var fonts = pdf.Dict(resources, "Font");
        foreach (var (name, token) in fonts?.Data ?? new Dictionary<string, IToken>())
        {
            if (pdf.Resolve(token) is DictionaryToken font && !Embedded(font, pdf))
            {
                var baseFont = pdf.Name(font, "BaseFont") ?? name;
                var finding = new PrintFinding(PrintRules.Fonts, $"font {baseFont} is not embedded", page);
                if (!findings.Contains(finding))
                {
                    findings.Add(finding);
                }
            }
        }

        foreach (var (_, token) in pdf.Dict(resources, "XObject")?.Data ?? new Dictionary<string, IToken>())
        {
            if (pdf.Resolve(token) is StreamToken { } form && pdf.Name(form.StreamDictionary, "Subtype") == "Form")
            {
                Check(page, pdf.Dict(form.StreamDictionary, "Resources"), pdf, findings, depth + 1);
            }
        }
    }

    private static bool Embedded(DictionaryToken font, PdfObjects pdf)
    {
        switch (pdf.Name(font, "Subtype"))
        {
            case "Type3":
                return true;
            case "Type0":
                var descendant = pdf.Resolve(pdf.Array(font, "DescendantFonts")?.Data.FirstOrDefault()) as DictionaryToken;
                return descendant is not null && Embedded(descendant, pdf);
            default:
                var descriptor = pdf.Dict(font, "FontDescriptor");
                return descriptor is not null && new[] { "FontFile", "FontFile2", "FontFile3" }.Any(k => PdfObjects.Get(descriptor, k) is not null);
        }
    }
}
