namespace NkHandouts.Layout.Hyphenation;

/// <summary>
/// Liang's hyphenation patterns (F. M. Liang, "Word Hy-phen-a-tion by Com-put-er", Stanford 1983; TeX's
/// <c>\patterns</c>): each pattern is letters with digits between them ("a1b", ".ex5"); over every substring of
/// ".word." the highest digit at each gap wins, and an odd value allows a break there. A dictionary keyed by the
/// letters replaces TeX's packed trie: the pattern files are small, and a span lookup allocates nothing.
/// </summary>
internal sealed class LiangPatterns
{
    private readonly Dictionary<string, byte[]> patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> exceptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int longest;

    /// <param name="patternText">One pattern per line or separated by spaces (hyph-utf8 <c>.pat.txt</c>).</param>
    /// <param name="exceptionText">Words with their hyphens ("as-so-ciate"; none: never break), one per line.</param>
    public LiangPatterns(string patternText, string? exceptionText = null)
    {
        foreach (var token in patternText.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            Add(token);
        }

        foreach (var word in (exceptionText ?? "").Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var points = new List<int>();
            var letters = 0;
            foreach (var c in word)
            {
                if (c == '-')
                {
                    points.Add(letters);
                }
                else
                {
                    letters++;
                }
            }

            exceptions[word.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()] = [.. points];
        }

        lookup = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => patterns.Count;

    /// <summary>Every position (letters before the break) where <paramref name="lowerWord"/> may break, before any
    /// minimum is applied; an exception word gives exactly its listed positions.</summary>
    public IReadOnlyList<int> Points(string lowerWord)
    {
        if (exceptions.TryGetValue(lowerWord, out var listed))
        {
            return listed;
        }

        var dotted = "." + lowerWord + ".";
        var levels = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            var max = Math.Min(longest, dotted.Length - start);
            for (var len = 1; len <= max; len++)
            {
                if (!lookup.TryGetValue(dotted.AsSpan(start, len), out var digits))
                {
                    continue;
                }

                for (var k = 0; k < digits.Length; k++)
                {
                    if (digits[k] > levels[start + k])
                    {
                        levels[start + k] = digits[k];
                    }
                }
            }
        }

        // levels[i] is the gap before dotted[i]; dotted[i] is word letter i-1, so the gap before letter p is levels[p + 1].
        var points = new List<int>();
        for (var p = 1; p < lowerWord.Length; p++)
        {
            if (levels[p + 1] % 2 == 1)
            {
                points.Add(p);
            }
        }

        return points;
    }

    private void Add(string token)
    {
        var letters = new System.Text.StringBuilder(token.Length);
        var digits = new List<byte> { 0 };
        foreach (var c in token)
        {
            if (c is >= '0' and <= '9')
            {
                digits[^1] = (byte)(c - '0');
            }
            else
            {
                letters.Append(c);
                digits.Add(0);
            }
        }

        var key = letters.ToString();
        patterns[key] = [.. digits];
        longest = Math.Max(longest, key.Length);
    }
}
