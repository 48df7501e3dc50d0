using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;
using NkHandouts.Yaml;

namespace NkHandouts.Localization;

/// <summary>
/// Picks the furniture strings for an article: the built-in resource file of its language
/// (<c>Localization/Strings/en.yaml</c>, <c>es.yaml</c>; a region file such as <c>es-MX.yaml</c> would refine it),
/// then the template's <c>strings:</c> overrides for that language. The article's <c>language</c> tag is matched
/// whole, then by its primary subtag (es-US → es). A language with no strings, or one missing a key, is a located
/// error (NK130): a leaflet never mixes languages silently.
/// </summary>
public sealed class FurnitureCatalog
{
    private readonly IReadOnlyDictionary<string, LanguageStrings> _languages;

    private FurnitureCatalog(IReadOnlyDictionary<string, LanguageStrings> languages) => _languages = languages;

    private static readonly Lazy<FurnitureCatalog> BuiltInCatalog = new(LoadBuiltIn);

    /// <summary>The shipped resource files. A broken one is a bug in the build, so it throws.</summary>
    public static FurnitureCatalog BuiltIn => BuiltInCatalog.Value;

    public IEnumerable<string> Languages => _languages.Keys.Order(StringComparer.Ordinal);

    /// <summary>The strings for an article built with a template, or null after reporting NK130.</summary>
    public static Furniture? For(Article article, Template template, DiagnosticBag diagnostics) =>
        BuiltIn.Resolve(article.Metadata.Language, template.Strings, LanguageLocation(article), diagnostics);

    /// <summary>Resolves without overrides; throws when the language is unknown (callers that have no article).</summary>
    public Furniture Resolve(string language)
    {
        var bag = new DiagnosticBag();
        return Resolve(language, new Dictionary<string, LanguageStrings>(), SourceLocation.FileOnly("(built-in)"), bag)
            ?? throw new InvalidOperationException(string.Join("; ", bag.Items.Select(d => d.Message)));
    }

    public Furniture? Resolve(string language, IReadOnlyDictionary<string, LanguageStrings> overrides, SourceLocation requestedAt, DiagnosticBag diagnostics)
    {
        var tag = language.Trim();
        var primary = tag.Split('-', '_')[0];
        var layers = new List<LanguageStrings>();
        foreach (var candidate in primary.Equals(tag, StringComparison.OrdinalIgnoreCase) ? [primary] : new[] { primary, tag })
        {
            if (Find(_languages, candidate) is { } builtIn)
            {
                layers.Add(builtIn);
            }
        }

        foreach (var candidate in primary.Equals(tag, StringComparison.OrdinalIgnoreCase) ? [primary] : new[] { primary, tag })
        {
            if (Find(overrides, candidate) is { } own)
            {
                layers.Add(own);
            }
        }

        if (layers.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.FurnitureStringsMissing, requestedAt,
                $"no furniture strings (labels, footer, dates) for language '{tag}'; available: {string.Join(", ", Languages)}",
                $"write the article in one of those languages, or give the template a 'strings: {primary}:' section with every key of Localization/Strings/en.yaml");
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string>? months = null;
        foreach (var layer in layers)
        {
            foreach (var (key, value) in layer.Strings)
            {
                strings[key] = value;
            }

            months = layer.Months ?? months;
        }

        var missing = FurnitureKey.All.Where(k => k == FurnitureKey.Months ? months is null : !strings.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.FurnitureStringsMissing, layers[^1].Location,
                $"strings for language '{tag}' lack {string.Join(", ", missing.Select(m => "'" + m + "'"))}",
                "add the missing keys (every key of Localization/Strings/en.yaml is needed)");
            return null;
        }

        return new Furniture(layers[0].Language, strings, months!);
    }

    private static LanguageStrings? Find(IReadOnlyDictionary<string, LanguageStrings> map, string language) =>
        map.FirstOrDefault(kv => kv.Key.Equals(language, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Where the article says its language: the front matter's <c>language:</c> line.</summary>
    public static SourceLocation LanguageLocation(Article article)
    {
        if (article.SourceText is { } text)
        {
            var lines = text.Split('\n');
            for (var i = 1; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
            {
                if (lines[i].StartsWith("language:", StringComparison.Ordinal))
                {
                    return new SourceLocation(article.Path, i + 1, "language: ".Length + 1);
                }
            }
        }

        return article.Location;
    }

    private static FurnitureCatalog LoadBuiltIn()
    {
        var assembly = typeof(FurnitureCatalog).Assembly;
        var languages = new Dictionary<string, LanguageStrings>(StringComparer.OrdinalIgnoreCase);
        const string prefix = "NkHandouts.Localization.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var language = name[prefix.Length..^".yaml".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var diagnostics = new DiagnosticBag();
            var path = $"Localization/Strings/{language}.yaml";
            var map = YamlSource.Parse(reader.ReadToEnd(), path, 0, diagnostics, "strings file");
            var strings = map is null ? null : LanguageStrings.Read(language, map);
            if (strings is null || diagnostics.HasErrors)
            {
                throw new InvalidOperationException($"built-in {path} is invalid: " + string.Join("; ", diagnostics.Items.Select(d => d.ToString())));
            }

            languages[language] = strings;
        }

        return new FurnitureCatalog(languages);
    }
}
