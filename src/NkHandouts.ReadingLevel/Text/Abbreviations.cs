namespace NkHandouts.ReadingLevel.Text;

/// <summary>
/// Words whose full stop marks an abbreviation rather than the end of a sentence. Titles always precede a name
/// (Dr. Smith), Latin and reference abbreviations sit mid-sentence (e.g., vs.); "etc." and "et al." usually end a
/// list, so they end the sentence only when a capital letter follows.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> NeverEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "mx", "prof", "st", "jr", "sr", "mt", "rev", "hon", "gen", "gov", "sen", "rep", "capt", "col", "lt", "sgt",
        "vs", "cf", "viz", "approx", "ca", "fig", "figs", "vol", "vols", "no", "nos", "pp", "ch", "dept", "est", "inc", "ltd", "co", "corp", "ed", "eds",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "resp",
    };

    private static readonly HashSet<string> EndBeforeCapital = new(StringComparer.OrdinalIgnoreCase) { "etc", "al" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverEndLookup = NeverEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeCapitalLookup = EndBeforeCapital.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"no." counts only before a digit ("No. 5"); elsewhere "no." ends a sentence ("The answer is no.").</summary>
    public static bool IsNeverEnding(ReadOnlySpan<char> word, ReadOnlySpan<char> after)
    {
        if (!NeverEndLookup.Contains(word))
        {
            return false;
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            var rest = after.TrimStart();
            return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
        }

        return true;
    }

    public static bool EndsBeforeCapital(ReadOnlySpan<char> word) => BeforeCapitalLookup.Contains(word);
}
