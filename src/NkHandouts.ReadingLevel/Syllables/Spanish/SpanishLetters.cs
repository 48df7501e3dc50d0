namespace NkHandouts.ReadingLevel.Syllables.Spanish;

/// <summary>How Spanish spelling classes each lower-case letter for syllable division (RAE, Ortografía 2010, §4.1).</summary>
internal static class SpanishLetters
{
    /// <summary>Open vowels (a, e, o), and close vowels carrying a written accent (í, ú), which break a diphthong.</summary>
    public static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú' or 'à' or 'è' or 'ò' or 'ì' or 'ù' or 'ï' or 'â' or 'ê' or 'ô';

    /// <summary>Close vowels without an accent; ü is the u of güe/güi, which is sounded.</summary>
    public static bool IsWeak(char c) => c is 'i' or 'u' or 'ü';

    public static bool IsVowelLetter(char c) => IsStrong(c) || IsWeak(c);

    /// <summary>Letters a vowel group may hold; y is handled by position (see <see cref="SpanishSyllabifier"/>).</summary>
    public static bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>Two consonants that begin a syllable together and are never split: pr, br, fr, gr, kr, cr, tr, dr,
    /// pl, bl, fl, gl, kl, cl (RAE 2010, §4.1.1.1.2). "tl" is split (at-le-ta), as in Spain.</summary>
    public static bool IsInseparable(string first, string second) =>
        (second == "r" && first is "p" or "b" or "f" or "g" or "k" or "c" or "t" or "d")
        || (second == "l" && first is "p" or "b" or "f" or "g" or "k" or "c");
}
