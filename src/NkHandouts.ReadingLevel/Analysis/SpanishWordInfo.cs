using NkHandouts.ReadingLevel.Syllables.Spanish;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>
/// <see cref="WordInfo"/> for Spanish words: syllables by the Spanish rules, and the two parts of a periphrastic
/// passive (<i>ser</i> + participle: "fue eliminada", "son tratados") so passive sentences are flagged as in English.
/// Other unsupported languages are counted with the Spanish syllable rules only for word statistics; no formula
/// is applied to them.
/// </summary>
internal static class SpanishWordInfo
{
    private static readonly HashSet<string> SerForms = new(StringComparer.Ordinal)
    {
        "es", "son", "fue", "fueron", "era", "eran", "será", "serán", "sido", "ser", "sea", "sean", "sería", "serían", "siendo",
    };

    /// <summary>Common words ending like a participle that are not one (vida, nada, lado…).</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "nada", "cada", "vida", "lado", "todo", "toda", "todos", "todas", "estado", "estados", "medida", "medidas", "comida",
        "salida", "partida", "mitad", "grado", "grados", "cuidado", "cuidados", "resultado", "resultados", "dado", "dada",
        "pasado", "pasada", "mercado", "ida", "nido", "ruido", "sonido", "sentido", "partido", "contenido", "apellido",
    };

    public static WordInfo Create(ReadOnlySpan<char> token, ReadingLanguage language)
    {
        var key = WordInfo.NormaliseKey(token);
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        var isSpanish = language == ReadingLanguage.Spanish;
        return new WordInfo
        {
            Key = key,
            Syllables = SpanishTokenSyllables.Count(token),
            Letters = letters,
            IsBe = isSpanish && SerForms.Contains(key),
            IsParticiple = isSpanish && IsParticiple(key),
        };
    }

    private static bool IsParticiple(string key) =>
        key.Length >= 5 && !NotParticiples.Contains(key)
        && (key.EndsWith("ado", StringComparison.Ordinal) || key.EndsWith("ada", StringComparison.Ordinal)
            || key.EndsWith("ados", StringComparison.Ordinal) || key.EndsWith("adas", StringComparison.Ordinal)
            || key.EndsWith("ido", StringComparison.Ordinal) || key.EndsWith("ida", StringComparison.Ordinal)
            || key.EndsWith("idos", StringComparison.Ordinal) || key.EndsWith("idas", StringComparison.Ordinal));
}
