using System.Globalization;
using NkHandouts.Content;

namespace NkHandouts.Localization;

/// <summary>
/// The furniture strings and date format of one language, resolved for one article and template (built-in resource
/// file, then the template's overrides). Complete by construction: <see cref="FurnitureCatalog"/> refuses a language
/// that lacks a key, so a lookup here never falls back to English silently.
/// </summary>
public sealed class Furniture
{
    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly IReadOnlyList<string> _months;

    internal Furniture(string language, IReadOnlyDictionary<string, string> strings, IReadOnlyList<string> months)
    {
        Language = language;
        _strings = strings;
        _months = months;
    }

    /// <summary>The language these strings are in (the resource file's name: en, es).</summary>
    public string Language { get; }

    /// <summary>The English strings, for code that has no article (tests, the reference document).</summary>
    public static Furniture English => FurnitureCatalog.BuiltIn.Resolve("en");

    public string this[string key] => _strings.TryGetValue(key, out var s) ? s
        : throw new KeyNotFoundException($"furniture string '{key}' is not defined (FurnitureKey.All lists every key)");

    /// <summary>A string the language may lack (template text such as <see cref="FurnitureKey.Contact"/>); null if so.</summary>
    public string? Optional(string key) => _strings.TryGetValue(key, out var s) ? s : null;

    /// <summary>A string with its {0}, {1} placeholders filled (invariant formatting).</summary>
    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>The label of a callout kind ("Myth" / "Mito").</summary>
    public string Label(CalloutKind kind) => this[FurnitureKey.OfCallout(kind)];

    /// <summary>"Page 2 of 4" / "Página 2 de 4".</summary>
    public string Page(int number, int total) => Format(FurnitureKey.Page, number, total);

    /// <summary>A date in the language's long form: "19 December 2025", "19 de diciembre de 2025". Month names come
    /// from the resource file, never from the machine's culture data, so outputs are the same everywhere.</summary>
    public string LongDate(DateOnly date) => this[FurnitureKey.DateLong]
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", _months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
