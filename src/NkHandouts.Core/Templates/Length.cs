using System.Globalization;

namespace NkHandouts.Templates;

/// <summary>A physical length, stored in PostScript points (1/72 in). Written in templates as 12pt, 18mm, 0.5in or 2cm.</summary>
public readonly record struct Length(double Points)
{
    public const double PointsPerMm = 72.0 / 25.4;

    public double Millimetres => Points / PointsPerMm;

    public static Length FromMm(double mm) => new(mm * PointsPerMm);

    public static Length FromPt(double pt) => new(pt);

    public static bool TryParse(string text, out Length length)
    {
        length = default;
        var s = text.Trim().ToLowerInvariant();
        var unit = s.Length >= 2 && char.IsLetter(s[^1]) ? s[^2..] : "";
        var number = unit.Length == 0 ? s : s[..^2].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsInfinity(value))
        {
            return false;
        }

        double? points = unit switch
        {
            "pt" => value,
            "mm" => value * PointsPerMm,
            "cm" => value * PointsPerMm * 10,
            "in" => value * 72,
            "" when value == 0 => 0,
            _ => null,
        };
        if (points is null)
        {
            return false;
        }

        length = new Length(points.Value);
        return true;
    }

    public override string ToString() => Points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
