namespace NkHandouts.ReadingLevel.Syllables.Spanish;

/// <summary>
/// Syllables of a whole Spanish token as a reader says it: hyphenated parts summed, numbers read out in Spanish
/// (<see cref="SpanishNumbers"/>), acronyms spelt with Spanish letter names (NK = e-ne-ka = 3, VIH = 5; ONU, read as
/// a word, = 2), Greek letters named (γ = gam-ma = 2), other words divided by <see cref="SpanishSyllabifier"/>.
/// </summary>
public static class SpanishTokenSyllables
{
    /// <summary>Short capitalised words that are ordinary words shouted, not acronyms (NO, SÍ, YA).</summary>
    private static readonly HashSet<string> ShoutedWords = new(StringComparer.Ordinal)
    {
        "a", "al", "da", "de", "del", "el", "en", "es", "ha", "la", "las", "le", "lo", "los", "me", "mi", "mí", "muy",
        "ni", "no", "o", "os", "que", "qué", "se", "sé", "si", "sí", "su", "te", "tu", "tú", "un", "una", "uno", "va",
        "ve", "y", "ya", "yo", "con", "por", "sin", "hoy", "más", "ser", "voy", "hay", "fin", "pie",
    };

    public static int Count(ReadOnlySpan<char> token)
    {
        var total = 0;
        var start = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            if (i == token.Length || token[i] is '-' or '\u2010' or '\u2011')
            {
                if (i > start)
                {
                    total += Part(token[start..i]);
                }

                start = i + 1;
            }
        }

        return Math.Max(1, total);
    }

    private static int Part(ReadOnlySpan<char> part)
    {
        if (char.IsAsciiDigit(part[0]))
        {
            var end = 0;
            while (end < part.Length && (char.IsAsciiDigit(part[end]) || part[end] is '.' or ','))
            {
                end++;
            }

            var total = Words(SpanishNumbers.Read(part[..end]));
            var unit = Letters(part[end..]);
            return total + (unit.Length == 0 || unit is "º" or "ª" ? 0 : Word(unit, unit.ToUpperInvariant() == unit)); // 5mg, 1.º
        }

        if (part.Length == 1 && GreekLetter(part[0]) is { } greek)
        {
            return greek;
        }

        if (part.Contains('.'))
        {
            return Spelt(Letters(part)); // EE.UU, p.ej: dotted abbreviations are read letter by letter
        }

        var letters = Letters(part);
        if (letters.Length == 0)
        {
            return 1;
        }

        var allCaps = letters.Length >= 2 && letters.ToUpperInvariant() == letters;
        return Word(letters, allCaps);
    }

    private static int Word(string letters, bool allCaps)
    {
        var lower = letters.ToLowerInvariant();
        var syllables = SpanishSyllabifier.Count(lower);
        if (allCaps && (lower.Length <= 3 ? !ShoutedWords.Contains(lower) : syllables == 0))
        {
            return Spelt(lower); // NK, VIH, ADN; ONU and SIDA are read (4 letters with a vowel)
        }

        return syllables == 0 ? Spelt(lower) : syllables; // "nk" in lower case, or a unit such as mg
    }

    private static string Letters(ReadOnlySpan<char> part)
    {
        Span<char> buffer = stackalloc char[Math.Min(part.Length, 64)];
        var n = 0;
        foreach (var c in part)
        {
            if (char.IsLetter(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    private static int Spelt(string letters)
    {
        var total = 0;
        foreach (var c in letters.ToLowerInvariant())
        {
            total += LetterName(c);
        }

        return Math.Max(1, total);
    }

    /// <summary>Syllables of a letter's Spanish name (RAE 2010, §1.5): a, be, ce, de, e, efe, ge, hache…</summary>
    private static int LetterName(char c) => c switch
    {
        'f' or 'h' or 'j' or 'l' or 'm' or 'n' or 'ñ' or 'r' or 's' or 'v' or 'x' or 'z' => 2, // efe, hache, jota, ele, eme, ene, eñe, erre, ese, uve, equis, zeta
        'w' => 3, // uve doble
        _ => 1,
    };

    private static int? GreekLetter(char c) => c switch
    {
        'α' or 'β' or 'γ' or 'δ' or 'ζ' or 'η' or 'θ' or 'ι' or 'κ' or 'λ' or 'σ' or 'τ' or 'φ' or 'χ' or 'ψ' or 'ρ' => 2, // alfa, beta, gamma…
        'ε' or 'ο' or 'υ' or 'ω' => 3, // épsilon, ómicron, ípsilon, omega
        'μ' or 'ν' or 'ξ' or 'π' => 1, // mu, nu, xi, pi
        _ => null,
    };

    private static int Words(string words)
    {
        var total = 0;
        foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            total += SpanishSyllabifier.Count(w);
        }

        return total;
    }
}
