using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>The raw counts every formula is computed from.</summary>
public sealed record TextCounts(int Words, int Sentences, int Syllables, int ComplexWords, int FogComplexWords, int Letters)
{
    public static readonly TextCounts Empty = new(0, 0, 0, 0, 0, 0);

    public double ComplexWordPercent => Words == 0 ? 0 : 100.0 * ComplexWords / Words;

    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;
}

/// <summary>A sentence the report points at, with where it starts in the source and its own grade.</summary>
/// <remarks>Grade: Flesch-Kincaid with S = 1 in English, SOL with S = 1 in Spanish. Perspicuity: the sentence's own
/// Szigriszt-Pazos score (Spanish only; lower is harder).</remarks>
public sealed record SentenceFinding(string Text, SourceLocation Location, int Words, int Syllables, double Grade)
{
    public double? Perspicuity { get; init; }
}

/// <summary>A word of three or more syllables and how often it occurs.</summary>
public sealed record ComplexWord(string Word, int Syllables, int Occurrences)
{
    /// <summary>Where each counted occurrence starts in the source, in text order (the title's at its front-matter
    /// line). Worked out when first read, so an analysis that never asks (a build's reading gate) does not pay for it.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];
}

/// <summary>A glossary term found in the text, the plain wording to use instead, and where it occurs.</summary>
public sealed record JargonFinding(string Term, string Plain, int Occurrences, IReadOnlyList<SourceLocation> Locations);

/// <summary>A distinct word (lower case) with its syllables and occurrences, for <c>--words</c>.</summary>
public sealed record VocabularyEntry(string Word, int Syllables, int Occurrences);

/// <summary>Counts and scores of one section (a level-1 or level-2 heading and what follows it).</summary>
public sealed record SectionReport(string Title, SourceLocation Location, TextCounts Counts, ReadabilityScores Scores)
{
    /// <summary>Spanish scores when the text is Spanish; <see cref="Scores"/> is then all zero.</summary>
    public SpanishScores? Spanish { get; init; }
}

/// <summary>Everything the analyzer found in one file. Immutable; the policy and the report writers read it.</summary>
public sealed record ReadingReport
{
    public required string File { get; init; }

    /// <summary>The audience of the article's front matter; null for plain text.</summary>
    public string? Audience { get; init; }

    public required TextCounts Counts { get; init; }

    /// <summary>The language whose counting rules and formulas were used (from the article's <c>language</c>).</summary>
    public ReadingLanguage Language { get; init; } = ReadingLanguage.English;

    /// <summary>The BCP 47 tag as written in the source; null for plain text without one.</summary>
    public string? LanguageTag { get; init; }

    /// <summary>English scores; all zero unless <see cref="Language"/> is English.</summary>
    public required ReadabilityScores Scores { get; init; }

    /// <summary>Spanish scores (Fernández-Huerta, Szigriszt-Pazos/INFLESZ, SOL) when the text is Spanish.</summary>
    public SpanishScores? Spanish { get; init; }

    /// <summary>The headline grade in the text's language: the consensus grade in English, SOL in Spanish.</summary>
    public double Grade => Spanish?.Sol ?? Scores.ConsensusGrade;

    public required IReadOnlyList<SectionReport> Sections { get; init; }

    /// <summary>The hardest sentences by their own grade, hardest first.</summary>
    public required IReadOnlyList<SentenceFinding> HardestSentences { get; init; }

    /// <summary>Sentences longer than <see cref="LongSentenceWords"/>, in text order.</summary>
    public required IReadOnlyList<SentenceFinding> LongSentences { get; init; }

    public required int LongSentenceWords { get; init; }

    /// <summary>Distinct words of three or more syllables, most frequent first.</summary>
    public required IReadOnlyList<ComplexWord> ComplexWords { get; init; }

    public required IReadOnlyList<JargonFinding> Jargon { get; init; }

    /// <summary>Sentences that look passive ("is designed", "were cleared"): flagged for a human, not scored.</summary>
    public required IReadOnlyList<SentenceFinding> PassiveSentences { get; init; }

    /// <summary>Every distinct word, alphabetical; null unless asked for.</summary>
    public IReadOnlyList<VocabularyEntry>? Vocabulary { get; init; }

    /// <summary>Notes on reliability, e.g. a text too short for SMOG.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
