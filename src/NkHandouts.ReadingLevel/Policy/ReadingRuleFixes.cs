using NkHandouts.Diagnostics;

namespace NkHandouts.ReadingLevel.Policy;

/// <summary>How to bring a text within a reading rule, for the hint under a build's reading-level error (the same
/// advice as docs/errors.md gives for each code).</summary>
public static class ReadingRuleFixes
{
    public static string For(ReadingRule rule) => rule.Id switch
    {
        DiagnosticCodes.ReadingGradeTooHigh => "shorten sentences and use plainer, shorter words; for a language without formulas, have a reader of it review the text",
        DiagnosticCodes.TooManyComplexWords => "swap words of three or more syllables for short ones",
        DiagnosticCodes.SentencesTooLong => "split long sentences",
        _ => "rewrite the text in plain language",
    };
}
