using System.Globalization;
using System.Text.RegularExpressions;

namespace NkHandouts.Text;

/// <summary>
/// Dates written out the way a reader of the article's language writes them, without the weekday: en-US
/// "December 19, 2026", en-GB "19 December 2026", es "19 de diciembre de 2026". Patient pages and briefings print
/// dates only through here, never ISO (which readers misread as a code). The pattern comes from the culture's own
/// long date pattern with its weekday removed, so a new language needs no code.
/// </summary>
public static partial class LongDate
{
    public static string Format(DateOnly date, string? language)
    {
        var culture = Culture(language);
        return date.ToString(Pattern(culture), culture);
    }

    /// <summary>The culture for a BCP 47 tag: the tag itself, else its language alone, else English.</summary>
    public static CultureInfo Culture(string? language)
    {
        foreach (var name in Candidates(language))
        {
            try
            {
                var c = CultureInfo.GetCultureInfo(name);
                if (c.DateTimeFormat.LongDatePattern.Contains("MMMM", StringComparison.Ordinal))
                {
                    return c;
                }
            }
            catch (CultureNotFoundException)
            {
                // try the next, shorter tag
            }
        }

        return CultureInfo.GetCultureInfo("en-US");
    }

    /// <summary>The culture's long date pattern without its day-of-week part ("dddd, " and the like).</summary>
    public static string Pattern(CultureInfo culture)
    {
        var pattern = Weekday().Replace(culture.DateTimeFormat.LongDatePattern, "").Trim(' ', ',');
        return pattern.Contains("MMMM", StringComparison.Ordinal) ? pattern : "d MMMM yyyy";
    }

    private static IEnumerable<string> Candidates(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            yield break;
        }

        yield return language;
        var dash = language.IndexOf('-');
        if (dash > 0)
        {
            yield return language[..dash];
        }
    }

    // The weekday with whatever joins it to the rest: "dddd, ", "dddd ", ", dddd", and a trailing "'de' " never
    // follows it in any culture we print.
    [GeneratedRegex(@"\s*,?\s*dddd\s*,?\s*")]
    private static partial Regex Weekday();
}
