using NkHandouts.ReadingLevel.Syllables;
using NkHandouts.ReadingLevel.Syllables.Spanish;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>What the analyzer knows about one distinct token; worked out once and cached for the whole file.</summary>
internal sealed class WordInfo
{
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
    };

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "known", "seen", "done", "given", "taken", "shown", "made", "found", "built", "born", "driven", "written", "chosen",
        "grown", "held", "kept", "left", "lost", "paid", "said", "sent", "spent", "told", "thought", "brought", "caught",
        "taught", "understood", "frozen", "broken", "spoken", "stolen", "worn", "beaten", "eaten", "fed", "led", "met",
        "put", "set", "cut", "hit", "hurt", "begun", "drawn", "fallen", "forgotten", "hidden", "sold", "shaken", "thrown",
        "bound", "won", "struck", "sought", "bought", "meant", "felt", "heard", "got", "gotten", "given", "hung", "laid",
    };

    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "need", "indeed", "bed", "red", "seed", "speed", "feed", "hundred", "sacred", "naked", "wicked", "shed", "breed",
        "proceed", "succeed", "exceed", "greed", "weed", "deed", "steed", "bleed",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "not", "also", "often", "always", "never", "still", "now", "then", "already", "usually", "sometimes", "rarely", "being",
    };

    public required string Key { get; init; }

    public required int Syllables { get; init; }

    public required int Letters { get; init; }

    /// <summary>Three or more syllables (SMOG's polysyllables; the report's complex words).</summary>
    public bool Complex => Syllables >= 3;

    /// <summary>Complex by Gunning's rules (see <see cref="Formulas.Readability.GunningFog"/>).</summary>
    public bool FogComplex { get; init; }

    public bool IsBe { get; init; }

    public bool IsParticiple { get; init; }

    public bool IsAdverb { get; init; }

    /// <summary>Glossary terms whose first word this is (indices into the analyzer's term list); empty mostly.</summary>
    public int[] TermStarts { get; set; } = [];

    public static WordInfo Create(ReadOnlySpan<char> token, TokenKind kind, SyllableCounter counter, ReadingLanguage language = ReadingLanguage.English)
    {
        if (kind == TokenKind.Address)
        {
            // An address is copied, not read aloud: one short word, so a "learn more" link cannot raise the grade.
            return new WordInfo { Key = token.ToString().ToLowerInvariant(), Syllables = 1, Letters = 5 };
        }

        if (language != ReadingLanguage.English)
        {
            return SpanishWordInfo.Create(token, language);
        }

        var key = NormaliseKey(token);
        var syllables = TokenSyllables.Count(token, counter);
        var letters = 0;
        var hyphenated = false;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
            else if (c is '-' or '\u2010' or '\u2011')
            {
                hyphenated = true;
            }
        }

        var isNumber = char.IsAsciiDigit(token[0]);
        var fogComplex = syllables >= 3 && !hyphenated && !isNumber && !ThirdSyllableIsSuffix(key, syllables, counter);
        return new WordInfo
        {
            Key = key,
            Syllables = syllables,
            Letters = letters,
            FogComplex = fogComplex,
            IsBe = BeForms.Contains(key),
            IsParticiple = IrregularParticiples.Contains(key) || (key.Length >= 4 && key.EndsWith("ed", StringComparison.Ordinal) && !NotParticiples.Contains(key)),
            IsAdverb = Adverbs.Contains(key) || (key.Length >= 5 && key.EndsWith("ly", StringComparison.Ordinal)),
        };
    }

    /// <summary>Gunning does not count words made three syllables by -es, -ed or -ing (created, finishes, reading).</summary>
    private static bool ThirdSyllableIsSuffix(string key, int syllables, SyllableCounter counter)
    {
        if (syllables != 3)
        {
            return false;
        }

        var stem = key.EndsWith("ing", StringComparison.Ordinal) ? key[..^3]
            : key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("es", StringComparison.Ordinal) ? key[..^2]
            : null;
        return stem is { Length: > 1 } && TokenSyllables.Count(stem, counter) < 3;
    }

    /// <summary>The vocabulary key: lower case with straight apostrophes (NK and nk are one word).</summary>
    public static string NormaliseKey(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        token.ToLowerInvariant(buffer);
        buffer.Replace('’', '\'');
        return new string(buffer);
    }
}
