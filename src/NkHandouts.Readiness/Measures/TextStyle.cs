using System.Text;
using NkHandouts.Readiness.Pages;

namespace NkHandouts.Readiness.Measures;

/// <summary>Runs of capitals and the share of italic letters: both slow readers down (NHS, RNIB guidance).</summary>
internal static class TextStyle
{
    /// <summary>Runs of more than <paramref name="longerThan"/> consecutive words in capitals (a word: two or more
    /// letters, all upper case; "NK" alone is an abbreviation, not shouting).</summary>
    public static IReadOnlyList<string> CapsRuns(IReadOnlyList<TextLine> lines, int longerThan)
    {
        var runs = new List<string>();
        var run = new List<string>();
        foreach (var word in lines.SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            var letters = word.Where(char.IsLetter).ToArray();
            if (letters.Length >= 2 && letters.All(char.IsUpper))
            {
                run.Add(word);
                continue;
            }

            if (letters.Length > 0)
            {
                Flush();
            }
        }

        Flush();
        return runs;

        void Flush()
        {
            if (run.Count > longerThan)
            {
                runs.Add(string.Join(' ', run));
            }

            run.Clear();
        }
    }

    public static double ItalicPercent(IReadOnlyList<Glyph> glyphs) =>
        glyphs.Count == 0 ? 0 : Math.Round(100.0 * glyphs.Count(g => g.Italic) / glyphs.Count, 1);
}
