using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>What a colour space is, for print: device CMYK, ICC- or CIE-based, a separation (with what alternate),
/// or device RGB/gray without an ICC basis (not allowed in a CMYK PDF/X-4 file).</summary>
internal sealed record ColourSpaceKind(string Label, bool Allowed, bool Cmyk, int Components)
{
    public static readonly ColourSpaceKind DeviceCmyk = new("DeviceCMYK", true, true, 4);
    public static readonly ColourSpaceKind DeviceRgb = new("DeviceRGB", false, false, 3);
    public static readonly ColourSpaceKind DeviceGray = new("DeviceGray", false, false, 1);
    public static readonly ColourSpaceKind Pattern = new("Pattern", true, false, 0);
}

internal static class ColourSpaces
{
    public static ColourSpaceKind Classify(IToken? token, DictionaryToken? resources, PdfObjects pdf, int depth = 0)
    {
        token = pdf.Resolve(token);
        if (depth > 8)
        {
            return new ColourSpaceKind("too deeply nested colour space", false, false, 0);
        }

        switch (token)
        {
            case NameToken n:
                switch (n.Data)
                {
                    case "DeviceCMYK" or "CMYK":
                        return ColourSpaceKind.DeviceCmyk;
                    case "DeviceRGB" or "RGB":
                        return ColourSpaceKind.DeviceRgb;
                    case "DeviceGray" or "G":
                        return ColourSpaceKind.DeviceGray;
                    case "Pattern":
                        return ColourSpaceKind.Pattern;
                }

                var named = PdfObjects.Get(pdf.Dict(resources, "ColorSpace"), n.Data);
                return named is null ? new ColourSpaceKind($"undefined colour space /{n.Data}", false, false, 0) : Classify(named, resources, pdf, depth + 1);

            case ArrayToken a when a.Data.Count > 0 && pdf.Resolve(a.Data[0]) is NameToken family:
                switch (family.Data)
                {
                    case "ICCBased":
                        var stream = pdf.Resolve(a.Data.ElementAtOrDefault(1)) as StreamToken;
                        var n = (int)(pdf.Number(stream?.StreamDictionary, "N") ?? 0);
                        return new ColourSpaceKind($"ICCBased ({n} components)", n is 1 or 3 or 4, n == 4, n);
                    case "CalRGB" or "CalGray" or "Lab":
                        return new ColourSpaceKind(family.Data, true, false, family.Data == "CalGray" ? 1 : 3);
                    case "Separation" or "DeviceN":
                        var alternate = Classify(a.Data.ElementAtOrDefault(2), resources, pdf, depth + 1);
                        var names = family.Data == "Separation" ? 1 : (pdf.Resolve(a.Data.ElementAtOrDefault(1)) as ArrayToken)?.Data.Count ?? 0;
                        return new ColourSpaceKind($"{family.Data} (alternate {alternate.Label})", alternate.Allowed, false, names);
                    case "Indexed" or "I":
                        var indexedBase = Classify(a.Data.ElementAtOrDefault(1), resources, pdf, depth + 1);
                        return new ColourSpaceKind($"Indexed ({indexedBase.Label})", indexedBase.Allowed, false, 1);
                    case "Pattern":
                        return ColourSpaceKind.Pattern;
                    default:
                        return Classify(family, resources, pdf, depth + 1);
                }

            default:
                return new ColourSpaceKind("unreadable colour space", false, false, 0);
        }
    }
}
