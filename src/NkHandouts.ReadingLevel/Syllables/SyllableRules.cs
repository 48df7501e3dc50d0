namespace NkHandouts.ReadingLevel.Syllables;

/// <summary>
/// Syllables of a lowercase a–z word by spelling alone: vowel groups, then corrections for silent and split vowels.
/// The rules follow the usual English spelling patterns (as in Lingua::EN::Syllable and the Flesch counting guide);
/// words they get wrong are listed in the exceptions lexicon, measured against the CMU Pronouncing Dictionary
/// (docs/reading-level.md, "Syllables").
/// </summary>
internal static class SyllableRules
{
    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !IsPlainVowel(c);

    /// <summary>Syllables of <paramref name="w"/> (lowercase letters only); at least 1.</summary>
    public static int Count(ReadOnlySpan<char> w)
    {
        if (w.Length == 0)
        {
            return 0;
        }

        var count = VowelGroups(w);
        count -= SilentEndings(w);
        count += SplitVowels(w);
        return Math.Max(1, count);
    }

    /// <summary>Runs of vowels. 'y' starting a word before a vowel is a consonant (yes, you); a vowel after 'y' starts a
    /// new group (crying, player); 'u' after 'q' and 'u' after 'g' before a vowel are consonants (quite, guess).</summary>
    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        var groups = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var vowel = IsVowel(c);
            if (c == 'y' && i == 0 && w.Length > 1 && IsPlainVowel(w[1]))
            {
                vowel = false;
            }
            else if (c == 'u' && i > 0 && (w[i - 1] == 'q' || (w[i - 1] == 'g' && i + 1 < w.Length && IsPlainVowel(w[i + 1]) && i + 1 < w.Length - 1)))
            {
                vowel = false;
            }

            if (vowel)
            {
                if (!inGroup || (i > 0 && w[i - 1] == 'y'))
                {
                    groups++;
                }

                inGroup = true;
            }
            else
            {
                inGroup = false;
            }
        }

        return groups;
    }

    /// <summary>Final letters that add a vowel group but no syllable: silent e, -es, -ed.</summary>
    private static int SilentEndings(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n < 3)
        {
            return 0;
        }

        if (w[n - 1] == 'e')
        {
            // -le after a consonant is its own syllable (ta-ble, lit-tle); a lone e after a consonant is silent (make).
            if (!IsConsonant(w[n - 2]))
            {
                return 0;
            }

            if (w[n - 2] == 'l' && IsConsonant(w[n - 3]) && w[n - 3] != 'y')
            {
                return 0;
            }

            // -ire is two syllables in the dictionary (fire, hire, empire: F AY1 ER0).
            if (w[n - 2] == 'r' && w[n - 3] == 'i' && n >= 4 && IsConsonant(w[n - 4]))
            {
                return 0;
            }

            // -re after a consonant is syllabic in acre, centre, ogre.
            if (w[n - 2] == 'r' && IsConsonant(w[n - 3]) && w[n - 3] != 'r')
            {
                return 0;
            }

            return HasVowelBefore(w, n - 1) ? 1 : 0;
        }

        if (n >= 4 && w[n - 2] == 'e' && (w[n - 1] == 's' || w[n - 1] == 'd') && IsConsonant(w[n - 3]))
        {
            var before = w[n - 3];
            if (w[n - 1] == 'd')
            {
                // wanted, needed keep -ed; jumped, loved lose it; troubled keeps it (-bled).
                if (before is 't' or 'd')
                {
                    return 0;
                }

                if (before == 'l' && IsConsonant(w[n - 4]) && w[n - 4] != 'l')
                {
                    return 0;
                }

                return HasVowelBefore(w, n - 3) ? 1 : 0;
            }

            // -es: boxes, wishes, places, pages keep it; makes, hopes lose it; tables keep the -le syllable.
            if (before is 's' or 'x' or 'z' or 'c' or 'g')
            {
                return 0;
            }

            if (before == 'h' && w[n - 4] is 'c' or 's')
            {
                return 0;
            }

            if (before == 'l' && IsConsonant(w[n - 4]) && w[n - 4] != 'l')
            {
                return 0;
            }

            return HasVowelBefore(w, n - 3) ? 1 : 0;
        }

        return 0;
    }

    private static bool HasVowelBefore(ReadOnlySpan<char> w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adjacent vowels that belong to two syllables (me-di-a, ac-tu-al, be-ing, cre-ate).</summary>
    private static int SplitVowels(ReadOnlySpan<char> w)
    {
        var extra = 0;
        var n = w.Length;
        for (var i = 0; i + 1 < n; i++)
        {
            var a = w[i];
            var b = w[i + 1];
            var prev = i > 0 ? w[i - 1] : ' ';
            var next = i + 2 < n ? w[i + 2] : ' ';
            var prevIsCt = prev is 'c' or 't' or 's' or 'x' or 'g';
            switch (a, b)
            {
                case ('i', 'a'):
                    if (!prevIsCt || i + 2 == n)
                    {
                        extra++;
                    }

                    break;
                case ('i', 'o'):
                    if (!prevIsCt && !(next == 'n' && prev is 'l' or 'n'))
                    {
                        extra++;
                    }

                    break;
                case ('i', 'u'):
                    extra++;
                    break;
                case ('e', 'o'):
                    if (prev is not ('g' or 'c') && !w.StartsWith("peop"))
                    {
                        extra++;
                    }

                    break;
                case ('u', 'a'):
                    if (prev is not ('g' or 'q'))
                    {
                        extra++;
                    }

                    break;
                case ('u', 'o'):
                    if (prev != 'q')
                    {
                        extra++;
                    }

                    break;
                case ('e', 'a'):
                    // idea, area; create, creation; but each, great, eaten.
                    if ((i + 2 == n && HasVowelBefore(w, i)) || (i == 1 && prev == 'r' && ((next == 'c' && i + 3 < n && w[i + 3] != 'h') || (next is 'f' or 'p' or 's' && i + 3 < n && w[i + 3] == next) || w[(i + 2)..].StartsWith("liz") || w[(i + 2)..].StartsWith("lit"))) || (next == 't' && i + 3 < n && w[i + 3] is 'e' or 'i' && i > 0 && prev == 'r'))
                    {
                        extra++;
                    }

                    break;
                case ('u', 'e'):
                    if (prev is not ('q' or 'g') && (next == 'l' || (next is 'n' or 't' && i + 3 < n && w[i + 3] is 't' or 'c')))
                    {
                        extra++; // fuel, cruel, fluent, influence
                    }

                    break;
                case ('e', 'u'):
                    if (next == 'm' && i + 3 == n)
                    {
                        extra++; // museum
                    }

                    break;
                case ('i', 'e'):
                    // quiet, diet, society; happier, happiest; client, science — not field, patient, ancient.
                    if (next == 't' && prev is not ('c' or 't'))
                    {
                        extra++;
                    }
                    else if (next == 'r' && i + 3 == n && i >= 2)
                    {
                        extra++;
                    }
                    else if (next == 's' && i + 4 == n && w[i + 3] == 't')
                    {
                        extra++;
                    }
                    else if (next == 'n' && (prev is not ('c' or 't' or 'v' or 'r' or 'f') || (prev == 'c' && i >= 2 && w[i - 2] == 's')) && i + 3 < n && w[i + 3] is 'c' or 't')
                    {
                        extra++;
                    }

                    break;
                case ('o', 'e'):
                    if (next is 'm' or 't' or 'l' && i + 3 <= n)
                    {
                        extra++; // poem, poet, noel
                    }

                    break;
                case ('o', 'i'):
                    if (next == 'n' && i + 3 < n && w[i + 3] == 'g')
                    {
                        extra++; // doing, going
                    }

                    break;
                case ('e', 'i'):
                    if (next == 'n' && i + 3 < n && w[i + 3] == 'g')
                    {
                        extra++; // being, seeing
                    }

                    break;
                case ('u', 'i'):
                    if (next == 'n' && i + 3 < n && w[i + 3] == 'g')
                    {
                        extra++; // continuing
                    }

                    break;
            }
        }

        // fired, firing, hires: as -ire above.
        if (n >= 5 && IsConsonant(w[n - 5]) && (w.EndsWith("ired") || w.EndsWith("ires")))
        {
            extra++;
        }
        else if (n >= 6 && IsConsonant(w[n - 6]) && w.EndsWith("iring"))
        {
            extra++;
        }

        // -ism and -asm end in a syllabic m (au-tis-m in the dictionary's count).
        if (n > 4 && w.EndsWith("sm") && IsPlainVowel(w[n - 3]))
        {
            extra++;
        }

        return extra;
    }
}
