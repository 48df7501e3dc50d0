using System.Text;

namespace NkHandouts.ReadingLevel.Syllables.Spanish;

/// <summary>
/// Divides a Spanish word into written syllables by the rules of the Real Academia Española's <i>Ortografía de la
/// lengua española</i> (2010), §4.1 — written from the rules, not fitted to any word list:
/// <list type="bullet">
/// <item>vowels: two open vowels (a, e, o) are in hiatus; an open and a close vowel (i, u), or two different close
/// vowels, form a diphthong (or triphthong) unless the close vowel carries the accent (rí-o, ba-úl); ii and uu are
/// in hiatus (chi-i-ta); a diphthong is orthographic, so guion and truhan are one syllable;</item>
/// <item>h between vowels does not stop a diphthong (prohi-bir, ahu-mar);</item>
/// <item>ch, ll, rr are one consonant; the u of que, qui, gue, gui is silent; ü is a vowel (pin-güi-no);</item>
/// <item>y is a vowel at the end of a word or before a consonant (hoy, muy, rey), a consonant before a vowel;</item>
/// <item>between vowels a single consonant opens the next syllable; of several, the next syllable takes the last
/// one, or the last two when they are an inseparable cluster (pr, bl, tr… — ca-bra, ins-ti-tu-to, obs-truc-ción);</item>
/// <item>the prefixes sub- and ab- keep their consonant before r or l (sub-ra-yar, sub-lu-nar, ab-ro-gar), as the
/// Ortografía notes for transparent prefixes.</item>
/// </list>
/// </summary>
public static class SpanishSyllabifier
{
    private enum Kind { Consonant, Weak, Strong }

    private readonly record struct Unit(string Text, Kind Kind);

    /// <summary>Number of syllables of a word (letters only; case and accents as written). Zero without a vowel.</summary>
    public static int Count(string word) => Syllabify(word).Count;

    /// <summary>The written syllables of <paramref name="word"/>, in lower case; empty when it has no vowel.</summary>
    public static IReadOnlyList<string> Syllabify(string word)
    {
        var units = Units(word.ToLowerInvariant());
        var nuclei = Nuclei(units);
        if (nuclei.Count == 0)
        {
            return [];
        }

        var syllables = new List<string>(nuclei.Count);
        var start = 0;
        for (var n = 0; n < nuclei.Count; n++)
        {
            int end; // exclusive unit index where this syllable ends
            if (n == nuclei.Count - 1)
            {
                end = units.Count;
            }
            else
            {
                var gapStart = nuclei[n].End;
                var gapEnd = nuclei[n + 1].Start;
                end = gapStart + CodaLength(units, gapStart, gapEnd);
            }

            var sb = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                sb.Append(units[i].Text);
            }

            syllables.Add(sb.ToString());
            start = end;
        }

        return syllables;
    }

    /// <summary>Letters grouped into sounds: ch, ll, rr, qu/gu before e or i are single consonants; y by position.</summary>
    private static List<Unit> Units(string w)
    {
        var units = new List<Unit>(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            if ((c == 'c' && next == 'h') || (c == 'l' && next == 'l') || (c == 'r' && next == 'r'))
            {
                units.Add(new Unit(w.Substring(i, 2), Kind.Consonant));
                i++;
            }
            else if ((c == 'q' || c == 'g') && next == 'u' && after is 'e' or 'i' or 'é' or 'í')
            {
                units.Add(new Unit(w.Substring(i, 2), Kind.Consonant)); // the u is silent
                i++;
            }
            else if (c == 'y')
            {
                var beforeVowel = SpanishLetters.IsVowelLetter(next) || next == 'y';
                var alone = i == 0 && w.Length == 1;
                var afterVowel = i > 0 && SpanishLetters.IsVowelLetter(w[i - 1]);
                units.Add(new Unit("y", !beforeVowel && (afterVowel || alone || i > 0) ? Kind.Weak : Kind.Consonant));
            }
            else if (SpanishLetters.IsStrong(c))
            {
                units.Add(new Unit(c.ToString(), Kind.Strong));
            }
            else if (SpanishLetters.IsWeak(c))
            {
                units.Add(new Unit(c.ToString(), Kind.Weak));
            }
            else if (char.IsLetter(c))
            {
                units.Add(new Unit(c.ToString(), Kind.Consonant));
            }
        }

        return units;
    }

    /// <summary>Vowel groups that form one syllable's nucleus: [Start, End) in units, h between vowels included.</summary>
    private static List<(int Start, int End)> Nuclei(List<Unit> units)
    {
        var nuclei = new List<(int Start, int End)>();
        var i = 0;
        while (i < units.Count)
        {
            if (units[i].Kind == Kind.Consonant)
            {
                i++;
                continue;
            }

            var start = i;
            var hasStrong = units[i].Kind == Kind.Strong;
            var last = units[i];
            var end = i + 1;
            while (true)
            {
                var j = end;
                if (j < units.Count && units[j].Text == "h" && j + 1 < units.Count && units[j + 1].Kind != Kind.Consonant
                    && !OpensSyllable(units, j))
                {
                    j++; // h between vowels is silent and does not stop a diphthong
                }

                if (j >= units.Count || units[j].Kind == Kind.Consonant || !Joins(last, units[j], hasStrong))
                {
                    break;
                }

                hasStrong |= units[j].Kind == Kind.Strong;
                last = units[j];
                end = j + 1;
            }

            nuclei.Add((start, end));
            i = end;
        }

        return nuclei;
    }

    /// <summary>hue, hua, hie…: h before a close vowel and another vowel is the consonant sound that opens a
    /// syllable (hue-vo, ca-ca-hue-te, des-hie-lo), so it never joins the vowel before it.</summary>
    private static bool OpensSyllable(List<Unit> units, int h) =>
        h + 2 < units.Count && units[h + 1].Kind == Kind.Weak && units[h + 2].Kind != Kind.Consonant;

    /// <summary>Does <paramref name="next"/> stay in the syllable that ends in <paramref name="last"/>?</summary>
    private static bool Joins(Unit last, Unit next, bool hasStrong)
    {
        // Two close vowels form a diphthong even when one is accented (hui, cons-truí, ca-suís-ti-ca; RAE 2010 §4.1.1.1.1).
        if ((IsAccentedClose(next) && last.Kind == Kind.Weak) || (IsAccentedClose(last) && next.Kind == Kind.Weak))
        {
            return Base(last.Text) != Base(next.Text) && !hasStrong;
        }

        if (last.Kind == Kind.Strong && next.Kind == Kind.Strong)
        {
            return false; // hiatus: a-é-re-o, rí-o
        }

        if (last.Kind == Kind.Weak && next.Kind == Kind.Weak)
        {
            return last.Text != next.Text && !(last.Text is "u" or "ü" && next.Text == "ü") && !hasStrong; // cui-da, ciu-dad; chi-i-ta
        }

        // One open vowel per nucleus: in a weak vowel between two open ones (bai-a), the second opens a new syllable.
        return !(next.Kind == Kind.Strong && hasStrong);
    }

    private static bool IsAccentedClose(Unit u) => u.Text is "í" or "ú";

    private static string Base(string vowel) => vowel switch { "í" => "i", "ú" or "ü" => "u", _ => vowel };

    /// <summary>How many of the consonants between two nuclei stay with the first syllable.</summary>
    private static int CodaLength(List<Unit> units, int gapStart, int gapEnd)
    {
        var count = gapEnd - gapStart;
        if (count <= 0)
        {
            return 0; // hiatus
        }

        // An h between vowels of two syllables opens the second (a-hí, bú-ho); it is not a coda.
        var consonants = new List<string>(count);
        for (var i = gapStart; i < gapEnd; i++)
        {
            consonants.Add(units[i].Text);
        }

        if (count >= 2 && SpanishLetters.IsInseparable(consonants[^2], consonants[^1]) && !PrefixKeepsConsonant(units, gapStart, consonants))
        {
            return count - 2;
        }

        return count - 1;
    }

    /// <summary>sub-ra-yar, sub-lu-nar, ab-ro-gar: a prefix's b before r or l stays with it (but su-bli-me).</summary>
    private static bool PrefixKeepsConsonant(List<Unit> units, int gapStart, List<string> consonants)
    {
        if (consonants.Count != 2 || consonants[0] != "b")
        {
            return false;
        }

        var before = new StringBuilder();
        for (var i = 0; i < gapStart; i++)
        {
            before.Append(units[i].Text);
        }

        var head = before.ToString();
        var rest = new StringBuilder();
        for (var i = gapStart; i < units.Count; i++)
        {
            rest.Append(units[i].Text);
        }

        var tail = rest.ToString();
        return (head == "su" && !tail.StartsWith("blim", StringComparison.Ordinal))
            || (head == "a" && tail.StartsWith("brog", StringComparison.Ordinal));
    }
}
