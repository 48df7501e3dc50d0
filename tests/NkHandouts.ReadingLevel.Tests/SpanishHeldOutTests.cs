using NkHandouts.ReadingLevel.Syllables.Spanish;

namespace NkHandouts.ReadingLevel.Tests;

/// <summary>
/// Agreement of the Spanish syllabifier with EDFU (de la Rosa &amp; Pérez Pozo, "EDFU: an Open Syllabification Corpus
/// for Spanish", github.com/linhd-postdata/edfu, 106,361 words). EDFU carries no licence, so it is not shipped:
/// point NKH_EDFU_CSV at its edfu.csv to run this test (docs/reading-level.md says how). The held-out part is the
/// words with FNV-1a(word) % 5 == 0; the rules were written from the RAE's Ortografía, and only words outside the
/// held-out part were ever looked at while fixing them.
/// </summary>
public class SpanishHeldOutTests
{
    [Fact]
    public void HeldOutAgreementIsAtLeast99Point5Percent()
    {
        var path = Environment.GetEnvironmentVariable("NKH_EDFU_CSV");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            Assert.Skip("EDFU is not shipped (no licence): set NKH_EDFU_CSV to its edfu.csv (git clone https://github.com/linhd-postdata/edfu)");
        }

        var (words, countAgree, divisionAgree) = Measure(path!);
        Assert.True(words >= 2000, $"only {words} held-out words read from {path}");
        var countRate = 100.0 * countAgree / words;
        var divisionRate = 100.0 * divisionAgree / words;
        TestContext.Current.SendDiagnosticMessage($"EDFU held-out: {words} words, syllable count {countRate:F2}%, division {divisionRate:F2}%");
        Assert.True(countRate >= 99.5, $"syllable counts agree on {countRate:F2}% of {words} held-out words");
        Assert.True(divisionRate >= 99, $"divisions agree on {divisionRate:F2}% of {words} held-out words");
    }

    /// <summary>Reads EDFU's <c>"word", "syl-la-bles"</c> lines and compares the held-out ones.</summary>
    internal static (int Words, int CountAgree, int DivisionAgree) Measure(string path)
    {
        int words = 0, countAgree = 0, divisionAgree = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split("\", \"");
            if (parts.Length != 2)
            {
                continue;
            }

            var word = parts[0].Trim('"');
            var gold = parts[1].Trim('"', ' ');
            if (Fnv(word) % 5 != 0)
            {
                continue;
            }

            words++;
            var syllables = SpanishSyllabifier.Syllabify(word);
            countAgree += syllables.Count == gold.Split('-').Length ? 1 : 0;
            divisionAgree += string.Join('-', syllables) == gold.ToLowerInvariant() ? 1 : 0;
        }

        return (words, countAgree, divisionAgree);
    }

    private static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h ^= c;
            h *= 16777619;
        }

        return h;
    }
}
