using NkHandouts.ReadingLevel.Analysis;

namespace NkHandouts.ReadingLevel.Formulas;

/// <summary>The six formulas' results and the consensus grade. Values are unrounded; writers round for display.</summary>
public sealed record ReadabilityScores(
    double FleschReadingEase,
    double FleschKincaidGrade,
    double GunningFog,
    double Smog,
    double ColemanLiau,
    double AutomatedReadabilityIndex,
    double ConsensusGrade)
{
    public static readonly ReadabilityScores Zero = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The readability formulas, each as published. W = words, S = sentences, Sy = syllables.
/// Counting rules (what a word, sentence and syllable are) are in docs/reading-level.md.
/// </summary>
public static class Readability
{
    /// <summary>SMOG was normed on 30-sentence samples; below that it extrapolates (McLaughlin 1969).</summary>
    public const int SmogMinimumSentences = 30;

    /// <summary>The grade formulas were normed on passages of about 100 words or more.</summary>
    public const int MinimumWords = 100;

    /// <summary>Flesch (1948), "A new readability yardstick", J. Applied Psychology 32:221–233:
    /// 206.835 − 1.015·(W/S) − 84.6·(Sy/W). 0–100, higher is easier; 60–70 is plain English.</summary>
    public static double FleschReadingEase(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 206.835 - 1.015 * ((double)c.Words / c.Sentences) - 84.6 * ((double)c.Syllables / c.Words);

    /// <summary>Kincaid, Fishburne, Rogers, Chissom (1975), Naval Technical Training Command report 8-75:
    /// 0.39·(W/S) + 11.8·(Sy/W) − 15.59, a US school grade.</summary>
    public static double FleschKincaidGrade(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 0.39 * ((double)c.Words / c.Sentences) + 11.8 * ((double)c.Syllables / c.Words) - 15.59;

    /// <summary>Gunning (1952), "The Technique of Clear Writing": 0.4·[(W/S) + 100·(complex/W)], where a complex word
    /// has three or more syllables, not counting hyphenated compounds, numbers, or a third syllable made by -es, -ed
    /// or -ing (Gunning's own exclusions; proper nouns are not detected and do count).</summary>
    public static double GunningFog(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 0.4 * (((double)c.Words / c.Sentences) + 100.0 * c.FogComplexWords / c.Words);

    /// <summary>McLaughlin (1969), "SMOG grading — a new readability formula", J. Reading 12(8):639–646, in the
    /// regression form: 1.043·√(polysyllables·30/S) + 3.1291; polysyllables are words of 3+ syllables.</summary>
    public static double Smog(TextCounts c) =>
        c.Sentences == 0 ? 0 : 1.043 * Math.Sqrt(c.ComplexWords * 30.0 / c.Sentences) + 3.1291;

    /// <summary>Coleman &amp; Liau (1975), J. Applied Psychology 60(2):283–284: 0.0588·L − 0.296·S − 15.8, where
    /// L = letters per 100 words and S = sentences per 100 words. Letters here are letters and digits.</summary>
    public static double ColemanLiau(TextCounts c)
    {
        if (c.Words == 0)
        {
            return 0;
        }

        var l = 100.0 * c.Letters / c.Words;
        var s = 100.0 * c.Sentences / c.Words;
        return 0.0588 * l - 0.296 * s - 15.8;
    }

    /// <summary>Senter &amp; Smith (1967), "Automated Readability Index", AMRL-TR-66-220:
    /// 4.71·(characters/W) + 0.5·(W/S) − 21.43; characters are letters and digits.</summary>
    public static double AutomatedReadabilityIndex(TextCounts c) =>
        c.Words == 0 || c.Sentences == 0 ? 0 : 4.71 * ((double)c.Letters / c.Words) + 0.5 * ((double)c.Words / c.Sentences) - 21.43;

    /// <summary>
    /// The consensus grade: the median of the five grade formulas (Flesch-Kincaid, Gunning Fog, SMOG, Coleman-Liau,
    /// ARI); SMOG is left out below 30 sentences, where it is not valid, and then the median of four is the mean of
    /// the middle two. A median, not a mean, so one formula's known bias (Coleman-Liau and ARI punish long medical
    /// words by letters, Fog punishes every polysyllable) cannot move the verdict alone; a patient text has to be
    /// plain by most measures, not by the most lenient one. Below zero is reported as zero.
    /// </summary>
    public static double Consensus(TextCounts c, double fk, double fog, double smog, double cli, double ari)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return 0;
        }

        Span<double> grades = stackalloc double[5];
        var n = 0;
        grades[n++] = fk;
        grades[n++] = fog;
        if (c.Sentences >= SmogMinimumSentences)
        {
            grades[n++] = smog;
        }

        grades[n++] = cli;
        grades[n++] = ari;
        var used = grades[..n];
        used.Sort();
        var median = n % 2 == 1 ? used[n / 2] : (used[n / 2 - 1] + used[n / 2]) / 2;
        return Math.Max(0, median);
    }

    public static ReadabilityScores Score(TextCounts c)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return ReadabilityScores.Zero;
        }

        var fk = FleschKincaidGrade(c);
        var fog = GunningFog(c);
        var smog = Smog(c);
        var cli = ColemanLiau(c);
        var ari = AutomatedReadabilityIndex(c);
        return new ReadabilityScores(FleschReadingEase(c), fk, fog, smog, cli, ari, Consensus(c, fk, fog, smog, cli, ari));
    }

    /// <summary>A single sentence's grade: Flesch-Kincaid with S = 1 (the one formula that works per sentence).</summary>
    public static double SentenceGrade(int words, int syllables) =>
        words == 0 ? 0 : Math.Max(0, 0.39 * words + 11.8 * ((double)syllables / words) - 15.59);

    /// <summary>Why a score may not be trusted for this text.</summary>
    public static IReadOnlyList<string> Warnings(TextCounts c)
    {
        var list = new List<string>();
        if (c.Words < MinimumWords)
        {
            list.Add($"only {c.Words} words: the formulas were normed on passages of {MinimumWords} words or more, so scores are rough");
        }

        if (c.Sentences < SmogMinimumSentences)
        {
            list.Add($"only {c.Sentences} sentences: SMOG needs {SmogMinimumSentences} and is left out of the consensus grade");
        }

        return list;
    }
}
