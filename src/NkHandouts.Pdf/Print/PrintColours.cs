using NkHandouts.Layout;
using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// Decides the ink for every colour a print file draws:
/// <list type="number">
/// <item>a colour the template gives a print value for (<c>print: "cmyk(…)"</c>) uses it;</item>
/// <item>near-black type is 100 % black ink only, and any grey is a black-only tint of the same lightness, so type
/// and rules never depend on four plates registering;</item>
/// <item>any other colour is converted from sRGB through the output profile (LittleCMS, loaded only then) and
/// reported, so the template author can fix its print value.</item>
/// </list>
/// </summary>
public sealed class PrintColours : IDisposable
{
    /// <summary>Text at least this dark (CIE L*) and this neutral (C*ab) is black type.</summary>
    private const double BlackTypeLightness = 25;
    private const double NeutralChroma = 4;

    private readonly Dictionary<Rgb, Cmyk> given = [];
    private readonly Dictionary<Rgb, Cmyk> cache = [];
    private readonly Dictionary<Rgb, Cmyk> converted = [];
    private readonly OutputCondition condition;
    private OutputProfile? profile;

    public PrintColours(OutputCondition condition, BrandColours brand)
    {
        this.condition = condition;
        foreach (var (name, screen) in brand.Named)
        {
            if (brand.Print.TryGetValue(name, out var ink))
            {
                given.TryAdd(new Rgb(screen.R, screen.G, screen.B), ink);
            }
        }
    }

    public OutputCondition Condition => condition;

    /// <summary>Colours converted through the profile (no print value given), in first-use order.</summary>
    public IReadOnlyDictionary<Rgb, Cmyk> Converted => converted;

    public Cmyk Ink(Rgb colour, bool text)
    {
        if (given.TryGetValue(colour, out var ink))
        {
            return text && IsBlackType(colour) ? Cmyk.Black : ink;
        }

        if (text && IsBlackType(colour))
        {
            return Cmyk.Black;
        }

        if (!cache.TryGetValue(colour, out ink))
        {
            if (colour == Rgb.White)
            {
                ink = Cmyk.White;
            }
            else if (colour == Rgb.Black)
            {
                ink = Cmyk.Black;
            }
            else if (IsNeutral(colour))
            {
                ink = new Cmyk(0, 0, 0, condition.BlackFor(Srgb.Lch(colour).Lightness));
            }
            else
            {
                ink = Profile.FromSrgb(colour);
                converted[colour] = ink;
            }

            cache[colour] = ink;
        }

        return ink;
    }

    private OutputProfile Profile => profile ??= new OutputProfile(condition.Profile());

    private static bool IsBlackType(Rgb c)
    {
        var (l, chroma) = Srgb.Lch(c);
        return l <= BlackTypeLightness && chroma <= 2 * NeutralChroma;
    }

    private static bool IsNeutral(Rgb c) => Srgb.Lch(c).Chroma <= NeutralChroma;

    public void Dispose() => profile?.Dispose();
}
