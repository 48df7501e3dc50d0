using NkHandouts.Diagnostics;

namespace NkHandouts.ReadingLevel.Policy;

/// <summary>
/// The reading-level rules (NK301–NK306, catalogued in docs/errors.md). A verdict's reasons and a report's findings
/// name their rule by this type, so a report never has to guess a rule from a message's wording.
/// </summary>
public sealed record ReadingRule(string Id, string Name, string Description)
{
    public static readonly ReadingRule Grade = new(DiagnosticCodes.ReadingGradeTooHigh, "ReadingGradeTooHigh", "The reading grade (consensus in English, SOL in Spanish) or the Spanish perspicuity is outside the audience's policy, or the language has no formulas.");
    public static readonly ReadingRule ComplexWords = new(DiagnosticCodes.TooManyComplexWords, "TooManyComplexWords", "Too large a share of words have three or more syllables.");
    public static readonly ReadingRule SentenceLength = new(DiagnosticCodes.SentencesTooLong, "SentencesTooLong", "Sentences are too long on average, or one sentence is over the limit.");
    public static readonly ReadingRule HardSentence = new(DiagnosticCodes.HardSentence, "HardSentence", "One of the hardest sentences of the text, by its own Flesch-Kincaid grade (Spanish: Szigriszt-Pazos perspicuity).");
    public static readonly ReadingRule Jargon = new(DiagnosticCodes.Jargon, "Jargon", "A glossary term: use the plain wording the glossary suggests.");
    public static readonly ReadingRule PassiveVoice = new(DiagnosticCodes.PassiveVoice, "PassiveVoice", "The sentence looks passive; active voice is usually plainer.");

    public static readonly IReadOnlyList<ReadingRule> All = [Grade, ComplexWords, SentenceLength, HardSentence, Jargon, PassiveVoice];
}

/// <summary>One reason for a verdict: the rule it breaks, whether it fails the text (else it only warns), and the
/// sentence a writer reads.</summary>
public sealed record PolicyReason(ReadingRule Rule, bool Fails, string Text)
{
    public override string ToString() => Text;
}
