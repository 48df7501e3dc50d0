using NkHandouts.Layout.Hyphenation;

namespace NkHandouts.Layout.Tests;

/// <summary>
/// Precision of the shipped patterns on whole dictionaries, which are not shipped: Moby Hyphenator II for English
/// (NKH_MOBY_HYPH: its mhyph.txt with the ASCII 165 marks turned into '-', one entry per line) and EDFU for Spanish
/// (NKH_EDFU_CSV, as in ReadingLevel.Tests). A break counts as right when the dictionary divides the word there;
/// the share of right breaks must stay at the figure measured when the patterns were adopted (docs/layout.md:
/// 95.4 % on Moby, whose 166,000 lower-case entries are mostly rare words where Knuth's patterns err, e.g.
/// "dauphi-ness"; an independent Python run of the same patterns gave the same counts).
/// </summary>
public sealed class HyphenationAgreementTests
{
    [Fact]
    public void English_breaks_agree_with_Moby()
    {
        var path = Environment.GetEnvironmentVariable("NKH_MOBY_HYPH");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            Assert.Skip("Moby Hyphenator is not shipped: set NKH_MOBY_HYPH to its mhyph.txt with '-' marks (docs/layout.md says how)");
        }

        var entries = File.ReadLines(path!).Where(l => l.Length > 0 && l.All(c => c is '-' or (>= 'a' and <= 'z')));
        var (words, breaks, right) = Measure(Hyphenator.For("en-US")!, entries.Select(e => e.Trim()));
        Report("Moby (en-US)", words, breaks, right);
        Assert.True(100.0 * right / breaks >= 95, $"{right} of {breaks} breaks are Moby divisions");
    }

    [Fact]
    public void Spanish_breaks_agree_with_EDFU()
    {
        var path = Environment.GetEnvironmentVariable("NKH_EDFU_CSV");
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            Assert.Skip("EDFU is not shipped (no licence): set NKH_EDFU_CSV to its edfu.csv (git clone https://github.com/linhd-postdata/edfu)");
        }

        var entries = File.ReadLines(path!).Skip(1).Select(l => l.Split("\", \"")).Where(p => p.Length == 2).Select(p => p[1].Trim('"', ' ').ToLowerInvariant());
        var (words, breaks, right) = Measure(Hyphenator.For("es")!, entries);
        Report("EDFU (es)", words, breaks, right);
        Assert.True(100.0 * right / breaks >= 99, $"{right} of {breaks} breaks are EDFU syllable divisions");
    }

    private static (int Words, int Breaks, int Right) Measure(Hyphenator h, IEnumerable<string> divided)
    {
        int words = 0, breaks = 0, right = 0;
        foreach (var entry in divided)
        {
            var word = entry.Replace("-", "", StringComparison.Ordinal);
            if (!word.All(char.IsLetter))
            {
                continue;
            }

            var allowed = new HashSet<int>();
            var letters = 0;
            foreach (var c in entry)
            {
                if (c == '-')
                {
                    allowed.Add(letters);
                }
                else
                {
                    letters++;
                }
            }

            words++;
            foreach (var p in h.Points(word))
            {
                breaks++;
                right += allowed.Contains(p) ? 1 : 0;
            }
        }

        return (words, breaks, right);
    }

    private static void Report(string name, int words, int breaks, int right) =>
        TestContext.Current.SendDiagnosticMessage($"{name}: {words} words, {breaks} breaks, {100.0 * right / breaks:F2}% at dictionary divisions");
}
