using System.Globalization;
using System.Text.RegularExpressions;

namespace NkHandouts.Templates;

/// <summary>
/// A process colour for print, in whole percent of cyan, magenta, yellow and black ink, written
/// <c>cmyk(100,43,0,35)</c> in a template (the notation printers and brand guides use).
/// </summary>
public readonly partial record struct Cmyk(byte C, byte M, byte Y, byte K)
{
    /// <summary>Text black: black ink only, so small type cannot misregister into four colours.</summary>
    public static readonly Cmyk Black = new(0, 0, 0, 100);

    public static readonly Cmyk White = new(0, 0, 0, 0);

    /// <summary>Only the black plate carries ink.</summary>
    public bool IsBlackOnly => C == 0 && M == 0 && Y == 0;

    public static bool TryParse(string text, out Cmyk colour)
    {
        colour = default;
        var m = Notation().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var v = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (!byte.TryParse(m.Groups[i + 1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out v[i]) || v[i] > 100)
            {
                return false;
            }
        }

        colour = new Cmyk(v[0], v[1], v[2], v[3]);
        return true;
    }

    public override string ToString() => $"cmyk({C},{M},{Y},{K})";

    [GeneratedRegex(@"^cmyk\(\s*(\d{1,3})\s*%?\s*,\s*(\d{1,3})\s*%?\s*,\s*(\d{1,3})\s*%?\s*,\s*(\d{1,3})\s*%?\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Notation();
}
