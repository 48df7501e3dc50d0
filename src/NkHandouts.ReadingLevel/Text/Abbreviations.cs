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

    /// <summary>Spanish (RAE, Ortografía 2010, appendix 1): titles (Dr., Dra., Sr., Sra., Ud.), p. ej., pág., núm.,
    /// tel., the doubled plural initials of EE. UU. — whose second half ends a sentence before a capital, like etc.</summary>
    private static readonly HashSet<string> SpanishNeverEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dra", "dres", "sr", "sra", "srta", "sres", "sras", "ud", "uds", "vd", "vds", "dña", "lic", "lcda", "lcdo",
        "ing", "prof", "profa", "arq", "p", "ej", "pág", "págs", "núm", "nro", "tel", "tfno", "av", "avda", "c", "dpto",
        "depto", "aprox", "vol", "cap", "fig", "art", "admón", "cía", "ee", "cc", "aa", "ss", "sta", "sto", "fdo", "atte",
        "feb", "abr", "jun", "jul", "ago", "sept", "oct", "nov", "dic", "a", "máx", "mín", "cf", "vs",
    };

    private static readonly HashSet<string> SpanishEndBeforeCapital = new(StringComparer.OrdinalIgnoreCase) { "etc", "uu", "m", "al" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverEndLookup = NeverEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeCapitalLookup = EndBeforeCapital.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishNeverEndLookup = SpanishNeverEnd.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishBeforeCapitalLookup = SpanishEndBeforeCapital.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"no." counts only before a digit ("No. 5"); elsewhere "no." ends a sentence ("The answer is no.").</summary>
    public static bool IsNeverEnding(ReadOnlySpan<char> word, ReadOnlySpan<char> after, ReadingLanguage language = ReadingLanguage.English)
    {
        if (language == ReadingLanguage.Spanish)
        {
            return SpanishNeverEndLookup.Contains(word);
        }

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

    public static bool EndsBeforeCapital(ReadOnlySpan<char> word, ReadingLanguage language = ReadingLanguage.English) =>
        language == ReadingLanguage.Spanish ? SpanishBeforeCapitalLookup.Contains(word) : BeforeCapitalLookup.Contains(word);
}
