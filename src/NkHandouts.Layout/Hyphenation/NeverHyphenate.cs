namespace NkHandouts.Layout.Hyphenation;

/// <summary>
/// Words that are never split: a glossary's terms (the hard words a patient must recognise and may look up, every
/// word of a term, singular or plural), drug names recognised by their USAN/INN stems (-mab, -ib, -cel…: a split
/// "pembroli-zumab" is harder to read and to check against a label), acronyms and words with capitals inside
/// ("NK", "PdfPig"). Numbers, web and mail addresses are never hyphenated by <see cref="AutoHyphens"/> itself.
/// When in doubt a word is protected: an unsplit word costs a shorter line, a wrongly split name costs a misreading.
/// </summary>
public sealed class NeverHyphenate
{
    /// <summary>Endings of international nonproprietary drug names (WHO INN / USAN Council stem lists): monoclonal
    /// antibodies, kinase and other enzyme inhibitors, receptor fusion proteins, interleukins, platinum and taxane
    /// drugs, anthracyclines, topoisomerase inhibitors, cell and gene therapies, colony-stimulating factors, and
    /// common non-cancer classes (statins, antibiotics, ACE inhibitors, sartans, beta blockers, azoles, antivirals).
    /// Only words of six letters or more are matched, so "crib" or "gene" stay ordinary words.</summary>
    public static readonly IReadOnlyList<string> DrugStems =
    [
        "mab", "ib", "cept", "leukin", "platin", "taxel", "rubicin", "tecan", "mustine", "cel", "gene", "stim",
        "statin", "mycin", "cillin", "pril", "sartan", "olol", "azole", "vir", "parin", "fenac", "profen",
    ];

    public static readonly NeverHyphenate Default = new([]);

    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    /// <param name="terms">Glossary terms; each word of each term is protected.</param>
    public NeverHyphenate(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            foreach (var word in Words(term))
            {
                words.Add(Stem(word.ToLowerInvariant()));
            }
        }
    }

    public int Count => words.Count;

    /// <summary>True when <paramref name="word"/> (letters only) must not be split.</summary>
    public bool Protects(string word)
    {
        if (word.Skip(1).Any(char.IsUpper))
        {
            return true; // NK, CAR-T's "CAR", PdfPig: acronyms and names with capitals inside
        }

        var lower = word.ToLowerInvariant();
        if (words.Contains(Stem(lower)))
        {
            return true;
        }

        return lower.Length >= 6 && DrugStems.Any(s => lower.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>Letter runs of a text ("interleukin-12" gives "interleukin").</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>A plural matches its singular term and the other way round ("cytokine" / "cytokines",
    /// "antibody" / "antibodies"), as the glossary file promises.</summary>
    private static string Stem(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 ? w[..^3] + "y"
        : w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && "sxz".Contains(w[^3]) ? w[..^2]
        : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1]
        : w;
}
