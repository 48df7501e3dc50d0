using System.Globalization;
using System.Text;

namespace NkHandouts.ReadingLevel.Syllables;

/// <summary>
/// Syllables of a whole token as a reader says it: hyphenated parts summed (one-size-fits-all = 4), numbers read out
/// (2.5 = two point five = 3), acronyms spelt (HIV = 3, NK = 2), Greek letters named (γ = gamma = 2), contractions
/// by their stem (didn't = 2, don't = 1). Runs once per distinct token; the analyzer caches the answer.
/// </summary>
public static class TokenSyllables
{
    /// <summary>Short all-capital words that are ordinary words shouted, not acronyms (DO NOT, CALL US).</summary>
    private static readonly HashSet<string> ShoutedWords = new(StringComparer.Ordinal)
    {
        "a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "on", "or",
        "so", "to", "up", "us", "we", "all", "and", "any", "are", "ask", "but", "can", "day", "did", "for", "get", "has",
        "her", "him", "his", "how", "may", "new", "not", "now", "one", "our", "out", "see", "she", "the", "too", "two",
        "use", "was", "way", "who", "why", "yes", "you", "eat", "end", "few", "off", "own", "put", "set", "try",
    };

    public static int Count(ReadOnlySpan<char> token, SyllableCounter counter)
    {
        var total = 0;
        var start = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            if (i == token.Length || token[i] is '-' or '\u2010' or '\u2011')
            {
                if (i > start)
                {
                    total += Part(token[start..i], counter);
                }

                start = i + 1;
            }
        }

        return Math.Max(1, total);
    }

    private static int Part(ReadOnlySpan<char> part, SyllableCounter counter)
    {
        if (char.IsAsciiDigit(part[0]))
        {
            return NumberSyllables(part, counter);
        }

        if (part.Length == 1 && GreekLetter(part[0]) is { } greek)
        {
            return greek;
        }

        // Dotted abbreviations (U.S., e.g.) are read letter by letter.
        if (part.Contains('.'))
        {
            var letters = 0;
            foreach (var c in part)
            {
                if (char.IsLetter(c))
                {
                    letters += LetterName(c);
                }
            }

            return Math.Max(1, letters);
        }

        Span<char> buffer = stackalloc char[Math.Min(part.Length, 64)];
        var length = Normalise(part, buffer, out var allCaps, out var letterCount);
        var word = buffer[..length];
        if (word.Length == 0)
        {
            return 1;
        }

        if (allCaps && letterCount >= 2 && IsAcronym(word))
        {
            var spelt = 0;
            foreach (var c in word)
            {
                spelt += LetterName(c);
            }

            return spelt;
        }

        if (!counter.InLexicon(word) && word.IndexOfAny("aeiouy") < 0 && word.Length <= 4)
        {
            // nk, dna written in lower case: no vowel, so it is spelt out.
            var spelt = 0;
            foreach (var c in word)
            {
                spelt += LetterName(c);
            }

            return spelt;
        }

        return Contraction(word, counter);
    }

    private static bool IsAcronym(ReadOnlySpan<char> lower)
    {
        if (lower.Length <= 3)
        {
            return !ShoutedWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
        }

        return lower.IndexOfAny("aeiouy") < 0; // WARNING is a word; CMV, HPV are letters
    }

    /// <summary>didn't = did + n't (2); don't, can't, won't = 1; it's, we'll, they're = the stem.</summary>
    private static int Contraction(ReadOnlySpan<char> word, SyllableCounter counter)
    {
        var apostrophe = word.IndexOf('\'');
        if (apostrophe < 0)
        {
            return counter.Count(word);
        }

        var stem = word[..apostrophe];
        var tail = word[(apostrophe + 1)..];
        if (stem.Length == 0)
        {
            return counter.Count(tail);
        }

        if (tail is "t" && stem.Length > 1 && stem[^1] == 'n')
        {
            var root = stem[..^1];
            var rootCount = counter.Count(root);
            return root.Length > 0 && root[^1] is not ('a' or 'e' or 'i' or 'o' or 'u') ? rootCount + 1 : rootCount;
        }

        return Math.Max(1, counter.Count(stem)) + (tail is "ll" && stem[^1] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y') ? 1 : 0);
    }

    /// <summary>Lower case, straight apostrophes, diacritics dropped (café → cafe), letters and apostrophes only.</summary>
    private static int Normalise(ReadOnlySpan<char> part, Span<char> into, out bool allCaps, out int letters)
    {
        allCaps = true;
        letters = 0;
        var n = 0;
        foreach (var raw in part)
        {
            if (n == into.Length)
            {
                break;
            }

            if (raw is '\'' or '’')
            {
                into[n++] = '\'';
                continue;
            }

            if (!char.IsLetter(raw))
            {
                continue;
            }

            letters++;
            if (char.IsLower(raw))
            {
                allCaps = false;
            }

            var c = char.ToLowerInvariant(raw);
            if (c > 'z')
            {
                c = StripDiacritic(c);
            }

            if (c is >= 'a' and <= 'z')
            {
                into[n++] = c;
            }
        }

        // Possessive or plural apostrophe at the end adds nothing.
        while (n > 0 && into[n - 1] == '\'')
        {
            n--;
        }

        return n;
    }

    private static char StripDiacritic(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] is >= 'a' and <= 'z' ? decomposed[0] : c;
    }

    /// <summary>Letter names: W is "double-u" (3), every other letter one syllable.</summary>
    private static int LetterName(char c) => c is 'w' or 'W' ? 3 : 1;

    private static int? GreekLetter(char c) => c switch
    {
        'α' or 'β' or 'γ' or 'δ' or 'ζ' or 'η' or 'θ' or 'ι' or 'κ' or 'λ' or 'σ' or 'τ' or 'φ' or 'χ' or 'ψ' => 2,
        'ε' or 'ο' or 'υ' or 'ω' => 3,
        'μ' or 'ν' or 'ξ' or 'π' or 'ρ' => 1,
        _ => null,
    };

    /// <summary>
    /// A number as read aloud: integers in words (2025 as a year: twenty twenty-five = 5; 1,000 = one thousand = 3),
    /// decimals digit by digit after "point" (2.5 = 3), ordinal or unit letters after the digits counted as a word.
    /// </summary>
    public static int NumberSyllables(ReadOnlySpan<char> part, SyllableCounter counter)
    {
        var digitsEnd = 0;
        while (digitsEnd < part.Length && (char.IsAsciiDigit(part[digitsEnd]) || part[digitsEnd] is '.' or ','))
        {
            digitsEnd++;
        }

        var number = part[..digitsEnd].TrimEnd(".,");
        var suffix = part[digitsEnd..];
        var total = 0;
        var point = number.IndexOf('.');
        var whole = point < 0 ? number : number[..point];
        Span<char> digits = stackalloc char[whole.Length];
        var n = 0;
        foreach (var c in whole)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[n++] = c;
            }
        }

        total += IntegerSyllables(digits[..n], isYearCandidate: whole.IndexOf(',') < 0);
        if (point >= 0)
        {
            total += 1; // "point"
            foreach (var c in number[(point + 1)..])
            {
                if (char.IsAsciiDigit(c))
                {
                    total += DigitSyllables(c - '0');
                }
            }
        }

        // 1st, 2nd, 3rd, 21st are read as their number; 5mg, 10ml add the unit.
        if (suffix.Length > 0 && !(suffix is "st" or "nd" or "rd" or "th" or "s"))
        {
            Span<char> lower = stackalloc char[Math.Min(suffix.Length, 32)];
            var len = 0;
            foreach (var c in suffix)
            {
                if (len < lower.Length && char.IsAsciiLetter(c))
                {
                    lower[len++] = char.ToLowerInvariant(c);
                }
            }

            if (len > 0)
            {
                total += counter.Count(lower[..len]);
            }
        }

        return Math.Max(1, total);
    }

    private static int IntegerSyllables(ReadOnlySpan<char> digits, bool isYearCandidate)
    {
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
        {
            return 2; // zero
        }

        if (digits.Length > 15)
        {
            return digits.Length; // read digit by digit
        }

        var value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (isYearCandidate && value is >= 1100 and <= 2099 && value % 1000 >= 10 && !(value >= 2000 && value < 2010))
        {
            // Years are read in pairs: nineteen ninety-nine, twenty twenty-five.
            return UnderHundred((int)(value / 100)) + (value % 100 == 0 ? 2 : value % 100 < 10 ? 1 + UnderHundred((int)(value % 100)) : UnderHundred((int)(value % 100)));
        }

        return Spoken(value);
    }

    /// <summary>Syllables of a whole number in words (three hundred twenty-one thousand…).</summary>
    private static int Spoken(long value)
    {
        if (value == 0)
        {
            return 2;
        }

        var total = 0;
        (long Scale, int Syllables)[] scales = [(1_000_000_000_000, 2), (1_000_000_000, 2), (1_000_000, 2), (1_000, 2)];
        foreach (var (scale, syllables) in scales)
        {
            if (value >= scale)
            {
                total += Spoken(value / scale) + syllables; // trillion, billion, million, thousand: 2 each
                value %= scale;
            }
        }

        if (value >= 100)
        {
            total += UnderHundred((int)(value / 100)) + 2; // hundred
            value %= 100;
        }

        if (value > 0)
        {
            total += UnderHundred((int)value);
        }

        return total;
    }

    private static int UnderHundred(int v)
    {
        if (v < 10)
        {
            return DigitSyllables(v);
        }

        if (v < 20)
        {
            // ten, eleven, twelve, thirteen … nineteen
            return v switch { 10 => 1, 11 => 3, 12 => 1, _ => 2 };
        }

        var tens = v / 10 == 7 ? 3 : 2; // seventy has three syllables, twenty … ninety two
        return tens + (v % 10 == 0 ? 0 : DigitSyllables(v % 10));
    }

    private static int DigitSyllables(int d) => d switch { 0 => 2, 7 => 2, _ => 1 };
}
