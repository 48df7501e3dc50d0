using NkHandouts.Diagnostics;
using NkHandouts.Yaml;

namespace NkHandouts.Localization;

/// <summary>The strings one source defines for one language (a resource file, or a template's <c>strings.&lt;lang&gt;</c>
/// section), with where it was written so a missing string can be reported there.</summary>
public sealed record LanguageStrings(string Language, IReadOnlyDictionary<string, string> Strings, IReadOnlyList<string>? Months, SourceLocation Location)
{
    /// <summary>Reads a mapping of key: text (and <c>months:</c> as a list of twelve). Unknown keys are errors.</summary>
    public static LanguageStrings Read(string language, YamlMap map)
    {
        map.CheckKeys([.. FurnitureKey.All, .. FurnitureKey.Optional], $"strings for '{language}'", unknownIsError: true);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in FurnitureKey.All.Concat(FurnitureKey.Optional))
        {
            if (key != FurnitureKey.Months && map.Has(key) && map.String(key) is { } text)
            {
                strings[key] = text;
            }
        }

        IReadOnlyList<string>? months = null;
        if (map.Has(FurnitureKey.Months))
        {
            months = map.StringList(FurnitureKey.Months);
            if (months.Count != 12)
            {
                map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue(FurnitureKey.Months),
                    $"'months' for '{language}' lists {months.Count} names", "list the twelve month names, January first");
                months = null;
            }
        }

        return new LanguageStrings(language, strings, months, map.Location);
    }
}
