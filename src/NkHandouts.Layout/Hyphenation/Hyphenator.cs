using System.Collections.Concurrent;

namespace NkHandouts.Layout.Hyphenation;

/// <summary>
/// Where a word may be hyphenated in one language: Liang's patterns from hyph-utf8 (Patterns/README.md) with their
/// exception list, at least <see cref="MinBefore"/> letters before a break and <see cref="MinAfter"/> after it
/// (the 2/3 for both languages; TeX's English default, stricter than Spanish's 2/2 so no line starts with
/// a two-letter scrap). Only en (American patterns) and es are shipped; <see cref="For"/> gives null for others.
/// </summary>
public sealed class Hyphenator
{
    public const int MinBefore = 2;
    public const int MinAfter = 3;

    private static readonly ConcurrentDictionary<string, Hyphenator> Loaded = new(StringComparer.Ordinal);
    private readonly LiangPatterns patterns;

    private Hyphenator(string language, LiangPatterns patterns)
    {
        Language = language;
        this.patterns = patterns;
    }

    /// <summary>The pattern set's language tag: en-us or es.</summary>
    public string Language { get; }

    /// <summary>The hyphenator for a BCP 47 tag (en, en-GB and en-US use the American patterns; es, es-MX… the
    /// Spanish ones); null when no patterns ship for the language, which then never hyphenates.</summary>
    public static Hyphenator? For(string? languageTag)
    {
        var primary = (languageTag ?? "").Split('-', '_')[0].ToLowerInvariant();
        var set = primary switch
        {
            "en" => "en-us",
            "es" => "es",
            _ => null,
        };
        return set is null ? null : Loaded.GetOrAdd(set, s => new Hyphenator(s, Load(s)));
    }

    /// <summary>Break positions (letters before each break) in a word of letters only, minimums applied. Case is
    /// ignored; a word with anything but letters gets none.</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < MinBefore + MinAfter || !word.All(char.IsLetter))
        {
            return [];
        }

        return [.. patterns.Points(word.ToLowerInvariant()).Where(p => p >= MinBefore && p <= word.Length - MinAfter)];
    }

    /// <summary>The word with a hyphen at every break (for tests and docs): "hy-phen-ation".</summary>
    public string Show(string word)
    {
        var points = Points(word);
        var sb = new System.Text.StringBuilder(word.Length + points.Count);
        for (var i = 0; i < word.Length; i++)
        {
            if (points.Contains(i))
            {
                sb.Append('-');
            }

            sb.Append(word[i]);
        }

        return sb.ToString();
    }

    private static LiangPatterns Load(string set) =>
        new(Resource($"hyph-{set}.pat.txt") ?? throw new InvalidOperationException($"hyphenation patterns hyph-{set}.pat.txt are not embedded"),
            Resource($"hyph-{set}.hyp.txt"));

    private static string? Resource(string file)
    {
        var assembly = typeof(Hyphenator).Assembly;
        using var stream = assembly.GetManifestResourceStream("NkHandouts.Layout.Hyphenation.Patterns." + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
