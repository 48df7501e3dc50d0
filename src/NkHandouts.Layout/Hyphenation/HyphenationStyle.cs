namespace NkHandouts.Layout.Hyphenation;

/// <summary>
/// How a paragraph may hyphenate: the language's patterns, the words never split, how short a line must otherwise
/// stay before a word is split (<see cref="Zone"/>, as a fraction of the line; Word's "hyphenation zone") and how
/// many hyphenated lines may follow each other (<see cref="MaxConsecutive"/>; typesetting convention: two).
/// </summary>
public sealed record HyphenationStyle(Hyphenator Hyphenator)
{
    public NeverHyphenate Never { get; init; } = NeverHyphenate.Default;

    /// <summary>A word is split only when the line, ended at the space before it, would be more than this fraction
    /// of its width short. Ragged text splits only to mend a very short line; justified text, whose short lines
    /// become wide gaps, uses a smaller zone.</summary>
    public double Zone { get; init; } = 0.15;

    public int MaxConsecutive { get; init; } = 2;
}
