using System.Globalization;
using System.Text;

namespace NkHandouts.ReadingLevel.Syllables.Spanish;

/// <summary>
/// Numbers as a Spanish reader says them, in words, so their syllables are counted like any other word:
/// 2025 = dos mil veinticinco (6), 2,5 = dos coma cinco (4), 1.000 = mil (1). A comma or full stop followed by exactly
/// three digits (and only such groups) separates thousands; otherwise it is the decimal sign ("coma" or "punto").
/// Years are read as whole numbers in Spanish, unlike English.
/// </summary>
public static class SpanishNumbers
{
    private static readonly string[] UnderThirty =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] Tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] Hundreds =
    [
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
    ];

    /// <summary>The words a number token is read as (digits with separators only).</summary>
    public static string Read(ReadOnlySpan<char> number)
    {
        number = number.TrimEnd(".,");
        var sb = new StringBuilder();
        var decimalAt = DecimalSeparator(number);
        var whole = decimalAt < 0 ? number : number[..decimalAt];
        var digits = new StringBuilder();
        foreach (var c in whole)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        sb.Append(Integer(digits.ToString()));
        if (decimalAt >= 0)
        {
            sb.Append(number[decimalAt] == ',' ? " coma " : " punto ");
            var fraction = number[(decimalAt + 1)..].TrimStart('0');
            var zeros = number.Length - decimalAt - 1 - fraction.Length;
            for (var i = 0; i < zeros; i++)
            {
                sb.Append("cero ");
            }

            sb.Append(fraction.Length == 0 ? "" : Integer(fraction.ToString()));
        }

        return sb.ToString().Trim();
    }

    /// <summary>Index of the decimal sign, or -1. With both signs, the last one is decimal (1.234,5 and 1,234.5);
    /// one sign used twice separates thousands (1.000.000); used once, it separates thousands only before exactly
    /// three digits after a non-zero whole part (1.000, 2,500), otherwise it is decimal (2,5; 0,125).</summary>
    private static int DecimalSeparator(ReadOnlySpan<char> number)
    {
        var last = number.LastIndexOfAny(".,");
        if (last < 0)
        {
            return -1;
        }

        var dots = number.Count('.');
        var commas = number.Count(',');
        if (dots > 0 && commas > 0)
        {
            return last;
        }

        if (dots + commas > 1)
        {
            return -1;
        }

        var whole = number[..last].TrimStart('0');
        return number.Length - last - 1 == 3 && whole.Length is > 0 and <= 3 ? -1 : last;
    }

    private static string Integer(string digits)
    {
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
        {
            return "cero";
        }

        if (digits.Length > 15)
        {
            return string.Join(' ', digits.Select(d => UnderThirty[d - '0'])); // read digit by digit
        }

        return Spell(long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <summary>A whole number in words (RAE, Ortografía 2010, §8.2.3.2): veintiún mil, un millón, doscientos tres.</summary>
    public static string Spell(long value)
    {
        if (value < 30)
        {
            return UnderThirty[value];
        }

        var parts = new List<string>();
        var billions = value / 1_000_000_000_000; // billón: a million millions
        if (billions > 0)
        {
            parts.Add(billions == 1 ? "un billón" : Apocope(Spell(billions)) + " billones");
            value %= 1_000_000_000_000;
        }

        var millions = value / 1_000_000;
        if (millions > 0)
        {
            parts.Add(millions == 1 ? "un millón" : Apocope(Spell(millions)) + " millones");
            value %= 1_000_000;
        }

        var thousands = value / 1000;
        if (thousands > 0)
        {
            parts.Add(thousands == 1 ? "mil" : Apocope(Spell(thousands)) + " mil");
            value %= 1000;
        }

        if (value > 0)
        {
            parts.Add(UnderThousand((int)value));
        }

        return string.Join(' ', parts);
    }

    private static string UnderThousand(int v)
    {
        if (v == 100)
        {
            return "cien";
        }

        var parts = new List<string>();
        if (v >= 100)
        {
            parts.Add(Hundreds[v / 100]);
            v %= 100;
        }

        if (v > 0)
        {
            parts.Add(v < 30 ? UnderThirty[v] : Tens[v / 10] + (v % 10 == 0 ? "" : " y " + UnderThirty[v % 10]));
        }

        return string.Join(' ', parts);
    }

    /// <summary>uno before a noun (mil, millones) becomes un; veintiuno becomes veintiún.</summary>
    private static string Apocope(string words) =>
        words.EndsWith("veintiuno", StringComparison.Ordinal) ? words[..^9] + "veintiún"
        : words.EndsWith("uno", StringComparison.Ordinal) ? words[..^3] + "un"
        : words;
}
