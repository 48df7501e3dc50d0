using System.Globalization;
using NkHandouts.Templates;

namespace NkHandouts.Word.Packaging;

/// <summary>WordprocessingML measures in twentieths of a point (twips), half-points and EMUs; every number is
/// written with the invariant culture so output does not depend on the machine's locale.</summary>
internal static class Units
{
    public const long EmuPerPoint = 12700;

    public static int Twips(Length length) => (int)Math.Round(length.Points * 20);

    public static string TwipsText(Length length) => Twips(length).ToString(CultureInfo.InvariantCulture);

    public static string TwipsText(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Hex(Colour colour) => colour.ToString().TrimStart('#').ToUpperInvariant();
}
