using System.Collections.Frozen;
using System.Reflection;

namespace NkHandouts.ReadingLevel.Syllables;

/// <summary>
/// Syllables of one lowercase word: the lexicon first (hand-written overrides, then the CMU-derived exceptions),
/// then suffixes split off and counted on their stem (move+ment, happi+ness, creat+ing), then spelling rules.
/// Thread-safe and allocation-free per call; the analyzer caches the result per distinct word anyway.
/// </summary>
public sealed class SyllableCounter
{
    private static readonly Lazy<SyllableCounter> DefaultInstance = new(() => new SyllableCounter(LoadEmbedded()));

    private readonly FrozenDictionary<string, int> _lexicon;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SyllableCounter(IReadOnlyDictionary<string, int> lexicon)
    {
        _lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The counter with the shipped lexicon (Syllables/Data, see its README for sources and licence).</summary>
    public static SyllableCounter Default => DefaultInstance.Value;

    /// <summary>A counter with spelling rules only, for measuring what the lexicon adds.</summary>
    public static SyllableCounter RulesOnly { get; } = new(new Dictionary<string, int>());

    public int LexiconSize => _lexicon.Count;

    public bool InLexicon(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>Syllables of a word of lowercase letters a–z (callers strip apostrophes and split hyphens).</summary>
    public int Count(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        if (_lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        return Morphology(word) ?? SyllableRules.Count(word);
    }

    /// <summary>Suffixes that keep their own syllables whatever the stem: count the stem on its own.</summary>
    private static readonly (string Suffix, int Syllables)[] Derivational =
    [
        ("nesses", 2), ("ness", 1), ("lessly", 2), ("less", 1), ("fully", 2), ("ful", 1), ("ments", 1), ("ment", 1),
        ("ships", 1), ("ship", 1), ("hoods", 1), ("hood", 1), ("ly", 1),
    ];

    private int? Morphology(ReadOnlySpan<char> w)
    {
        foreach (var (suffix, syllables) in Derivational)
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix))
            {
                var stem = w[..^suffix.Length];
                if (!HasVowel(stem) || (suffix == "ly" && stem[^1] is 'l' or 'i' or 'b' or 'p'))
                {
                    continue; // fully, happily, ably, simply: -ly is part of a syllable the rules see.
                }

                return Count(stem) + syllables;
            }
        }

        // Inflections of a word the lexicon knows: -s, -es, -ed, -ing.
        if (w.Length > 3)
        {
            if (w[^1] == 's' && w[^2] != 's')
            {
                // passes is pass+es, not passe+s: try the shorter stem first.
                if (w[^2] == 'e' && _lookup.TryGetValue(w[..^2], out var n))
                {
                    return n + (EndsSibilant(w[..^2]) ? 1 : 0);
                }

                var stem = w[..^1];
                if (_lookup.TryGetValue(stem, out n))
                {
                    return n + (EndsSibilant(stem) ? 1 : 0);
                }
            }

            if (w.EndsWith("ed"))
            {
                if (_lookup.TryGetValue(w[..^1], out var n) || _lookup.TryGetValue(w[..^2], out n))
                {
                    return n + (w[^3] is 't' or 'd' ? 1 : 0);
                }
            }

            if (w.Length > 5 && w.EndsWith("ing"))
            {
                var stem = w[..^3];
                if (_lookup.TryGetValue(stem, out var n))
                {
                    return n + 1;
                }

                Span<char> withE = stackalloc char[stem.Length + 1];
                stem.CopyTo(withE);
                withE[^1] = 'e';
                if (_lookup.TryGetValue(withE, out n))
                {
                    return n + 1;
                }
            }
        }

        return null;
    }

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiouy") >= 0;

    private static bool EndsSibilant(ReadOnlySpan<char> s) =>
        s.EndsWith("s") || s.EndsWith("x") || s.EndsWith("z") || s.EndsWith("ch") || s.EndsWith("sh") ||
        s.EndsWith("ce") || s.EndsWith("ge") || s.EndsWith("se") || s.EndsWith("ze");

    /// <summary>Reads <c>word&lt;TAB&gt;syllables</c> lines; blank lines and lines starting with '#' are skipped.</summary>
    public static Dictionary<string, int> Parse(TextReader reader, Dictionary<string, int>? into = null)
    {
        var map = into ?? new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                map[line[..tab]] = n;
            }
        }

        return map;
    }

    private static Dictionary<string, int> LoadEmbedded()
    {
        var assembly = typeof(SyllableCounter).Assembly;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        // Exceptions first, then the hand-written overrides win.
        foreach (var name in new[] { "NkHandouts.ReadingLevel.syllable-exceptions.tsv", "NkHandouts.ReadingLevel.syllable-overrides.tsv" })
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
            using var reader = new StreamReader(stream);
            Parse(reader, map);
        }

        return map;
    }
}
