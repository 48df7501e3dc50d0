using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.Yaml;

namespace NkHandouts.Templates;

/// <summary>Reads <c>pageCheck:</c> (audience → <see cref="PagePolicy"/>), reporting bad or contradictory values at
/// their own line and column.</summary>
internal static class PagePolicyReader
{
    private static readonly string[] Keys =
    [
        "minBodySize", "minTextSize", "charsPerLine", "minLineSpacing", "minContrast", "minLargeTextContrast", "justified",
        "maxCapsRunWords", "maxItalicShare", "maxEmptyShare", "maxWordsBetweenHeadings", "enforce",
    ];

    public static IReadOnlyDictionary<string, PagePolicy> Read(YamlMap? section)
    {
        var policies = new Dictionary<string, PagePolicy>(StringComparer.OrdinalIgnoreCase);
        if (section is null)
        {
            return policies;
        }

        foreach (var audience in section.Keys.ToList())
        {
            if (section.Map(audience) is { } map)
            {
                policies[audience] = ReadOne(map, PagePolicy.DefaultFor(audience));
            }
        }

        return policies;
    }

    /// <summary>Keys left out keep the audience's default, so <c>patients: { enforce: false }</c> reports the patient limits.</summary>
    private static PagePolicy ReadOne(YamlMap m, PagePolicy defaults)
    {
        m.CheckKeys(Keys, "pageCheck", unknownIsError: true);
        var body = Size(m, "minBodySize");
        var smallest = Size(m, "minTextSize");
        var (minChars, maxChars) = Range(m, "charsPerLine");
        var policy = defaults with
        {
            MinBodySize = body ?? defaults.MinBodySize,
            MinTextSize = smallest ?? defaults.MinTextSize,
            MinCharsPerLine = minChars ?? defaults.MinCharsPerLine,
            MaxCharsPerLine = maxChars ?? defaults.MaxCharsPerLine,
            MinLineSpacing = m.Number("minLineSpacing", 0.8, 3) ?? defaults.MinLineSpacing,
            MinContrast = m.Number("minContrast", 1, 21) ?? defaults.MinContrast,
            MinLargeTextContrast = m.Number("minLargeTextContrast", 1, 21) ?? defaults.MinLargeTextContrast,
            AllowJustified = m.Bool("justified") ?? defaults.AllowJustified,
            MaxCapsRunWords = (int?)m.Number("maxCapsRunWords", 0, 1000) ?? defaults.MaxCapsRunWords,
            MaxItalicPercent = Percent(m, "maxItalicShare") ?? defaults.MaxItalicPercent,
            MaxEmptyPercent = Percent(m, "maxEmptyShare") ?? defaults.MaxEmptyPercent,
            MaxWordsBetweenHeadings = (int?)m.Number("maxWordsBetweenHeadings", 1, 100_000) ?? defaults.MaxWordsBetweenHeadings,
            Enforce = m.Bool("enforce") ?? true,
        };

        if (policy.MinTextSize > policy.MinBodySize && m.Has("minTextSize"))
        {
            m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue("minTextSize"),
                $"minTextSize {F(policy.MinTextSize)}pt is larger than minBodySize {F(policy.MinBodySize)}pt", "the smallest text (footers, notes) cannot be larger than the body minimum; lower minTextSize");
        }

        if (policy.MinLargeTextContrast > policy.MinContrast && m.Has("minLargeTextContrast"))
        {
            m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue("minLargeTextContrast"),
                $"minLargeTextContrast {F(policy.MinLargeTextContrast)} is higher than minContrast {F(policy.MinContrast)}", "large text needs less contrast than body text (WCAG: 3 and 4.5)");
        }

        return policy;
    }

    private static double? Size(YamlMap m, string key)
    {
        if (TemplateLoader.ReadLength(m, key) is not { } length)
        {
            return null;
        }

        if (length.Points is < 4 or > 96)
        {
            m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue(key), $"'{key}' is {F(length.Points)}pt; it must be between 4pt and 96pt", "write a type size such as 12pt");
            return null;
        }

        return length.Points;
    }

    /// <summary><c>45-75</c>: the lowest median and highest 90th percentile of characters per body line.</summary>
    private static (double? Min, double? Max) Range(YamlMap m, string key)
    {
        var text = m.String(key);
        if (text is null)
        {
            return (null, null);
        }

        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min is >= 1 and <= 500 && max is >= 1 and <= 500)
        {
            if (min < max)
            {
                return (min, max);
            }

            m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue(key), $"'{key}' {min}-{max} is an empty range", "write the smaller number first, e.g. 45-75");
            return (null, null);
        }

        m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue(key), $"'{key}' must be a range of characters such as 45-75, not '{text}'", "write two whole numbers with a '-' between them");
        return (null, null);
    }

    /// <summary><c>40%</c> or <c>40</c>.</summary>
    private static double? Percent(YamlMap m, string key)
    {
        var text = m.String(key);
        if (text is null)
        {
            return null;
        }

        var digits = text.TrimEnd('%').Trim();
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            return value;
        }

        m.Diagnostics.Error(DiagnosticCodes.InvalidValue, m.LocationOfValue(key), $"'{key}' must be a percentage from 0% to 100%, not '{text}'", "for example 40%");
        return null;
    }

    private static string F(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
