using NkHandouts.ReadingLevel.Analysis;

namespace NkHandouts.ReadingLevel.Formulas;

/// <summary>Scores of a Spanish text. Values are unrounded; writers round for display.</summary>
/// <param name="FernandezHuerta">Lecturabilidad, 0–100 (higher is easier).</param>
/// <param name="SzigrisztPazos">Perspicuidad (IFSZ), read on the INFLESZ scale.</param>
/// <param name="Inflesz">The INFLESZ band of <paramref name="SzigrisztPazos"/>.</param>
/// <param name="Sol">SOL grade: a US school grade comparable to English SMOG.</param>
public sealed record SpanishScores(double FernandezHuerta, double SzigrisztPazos, InfleszBand Inflesz, double Sol)
{
    public static readonly SpanishScores Zero = new(0, 0, InfleszBand.MuyDificil, 0);
}

/// <summary>
/// Readability formulas for Spanish, each as its author published it (sources and the choice of version in
/// docs/reading-level.md). W = words, S = sentences, Sy = syllables, counted by the Spanish rules. English formulas
/// are never applied to Spanish text: their coefficients were fitted to English syllables per word.
/// </summary>
public static class SpanishReadability
{
    /// <summary>Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. <i>Consigna</i> 214:29–32:
    /// L = 206.84 − 0.60·P − 1.02·F, with P = syllables per 100 words and F = words per sentence (Flesch's form,
    /// of which it is the Spanish recalibration; the "sentences per 100 words" reading would make shorter sentences
    /// score harder).</summary>
    public static double FernandezHuerta(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 206.84 - 0.60 * (100.0 * c.Syllables / c.Words) - 1.02 * ((double)c.Words / c.Sentences);

    /// <summary>Szigriszt Pazos, F. (1993). <i>Sistemas predictivos de legibilidad del mensaje escrito: fórmula de
    /// perspicuidad</i>. Doctoral thesis, Universidad Complutense de Madrid: P = 206.835 − 62.3·(Sy/W) − (W/S).</summary>
    public static double SzigrisztPazos(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 206.835 - 62.3 * ((double)c.Syllables / c.Words) - (double)c.Words / c.Sentences;

    /// <summary>Contreras, A., García-Alonso, R., Echenique, M., Daye-Contreras, F. (1999). The SOL formulas for
    /// converting SMOG readability scores between health education materials written in Spanish, English, and
    /// French. <i>J. Health Communication</i> 4(1):21–29: SOL = −2.51 + 0.74·SMOG, where SMOG is McLaughlin's
    /// 3 + √(polysyllables per 30 sentences) counted on the Spanish text (polysyllables: 3+ syllables).</summary>
    public static double Sol(TextCounts c) =>
        c.Sentences == 0 ? 0 : -2.51 + 0.74 * (3 + Math.Sqrt(c.ComplexWords * 30.0 / c.Sentences));

    public static SpanishScores Score(TextCounts c)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return SpanishScores.Zero;
        }

        var perspicuity = SzigrisztPazos(c);
        return new SpanishScores(FernandezHuerta(c), perspicuity, Inflesz.Band(perspicuity), Math.Max(0, Sol(c)));
    }

    /// <summary>A single sentence's perspicuity (Szigriszt-Pazos with S = 1): lower is harder; hardest sentences
    /// are ranked by it.</summary>
    public static double SentencePerspicuity(int words, int syllables) =>
        words == 0 ? 100 : 206.835 - 62.3 * ((double)syllables / words) - words;

    /// <summary>A single sentence's SOL grade (S = 1, as Flesch-Kincaid per sentence is for English).</summary>
    public static double SentenceGrade(int polysyllables) => Math.Max(0, -2.51 + 0.74 * (3 + Math.Sqrt(polysyllables * 30.0)));

    /// <summary>Why a score may not be trusted for this text.</summary>
    public static IReadOnlyList<string> Warnings(TextCounts c)
    {
        var list = new List<string>();
        if (c.Words < Readability.MinimumWords)
        {
            list.Add($"only {c.Words} words: the formulas were normed on passages of {Readability.MinimumWords} words or more, so scores are rough");
        }

        if (c.Sentences < Readability.SmogMinimumSentences)
        {
            list.Add($"only {c.Sentences} sentences: SOL (SMOG) was normed on {Readability.SmogMinimumSentences}, so the grade extrapolates");
        }

        return list;
    }
}
