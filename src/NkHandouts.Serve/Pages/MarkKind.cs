namespace NkHandouts.Serve.Pages;

/// <summary>What a stretch of the source text is marked as. One character can be several at once (a complex word
/// in a long, hard sentence), so these are flags.</summary>
[Flags]
internal enum MarkKind
{
    None = 0,
    Hard = 1,
    Long = 2,
    Passive = 4,
    Complex = 8,
    Term = 16,
}

/// <summary>A label written before a marked sentence, so the mark never rests on colour alone
/// ("hard · grade 12.4", "long · 31 words", "passive?").</summary>
internal sealed record Badge(int Column, MarkKind Kind, string Label);
