using System.Globalization;

namespace NkHandouts.Templates;

/// <summary>An sRGB colour written #RRGGBB (or #RGB), with the WCAG 2 contrast maths used to check templates.</summary>
public readonly record struct Colour(byte R, byte G, byte B)
{
    public static readonly Colour Black = new(0, 0, 0);
    public static readonly Colour White = new(255, 255, 255);

    public static bool TryParse(string text, out Colour colour)
    {
        colour = default;
        var s = text.Trim();
        if (s.StartsWith('#'))
        {
            s = s[1..];
        }

        if (s.Length == 3)
        {
            s = string.Concat(s.Select(c => new string(c, 2)));
        }

        if (s.Length != 6 || !int.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        colour = new Colour((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    /// <summary>WCAG 2 relative luminance.</summary>
    public double Luminance => 0.2126 * Channel(R) + 0.7152 * Channel(G) + 0.0722 * Channel(B);

    /// <summary>WCAG 2 contrast ratio, from 1 (none) to 21 (black on white).</summary>
    public static double Contrast(Colour a, Colour b)
    {
        var (l1, l2) = (a.Luminance, b.Luminance);
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    private static double Channel(byte c)
    {
        var v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
