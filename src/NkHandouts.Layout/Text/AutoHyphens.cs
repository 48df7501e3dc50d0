using NkHandouts.Layout.Hyphenation;

namespace NkHandouts.Layout;

/// <summary>
/// Marks where a paragraph's words may be hyphenated (<see cref="BreakKind.Auto"/>): in each run of letters that the
/// patterns can split, unless the word is protected (<see cref="NeverHyphenate"/>) or stands in a token holding a
/// digit, '@', a web address, or a soft hyphen the author placed (the author's breaks win).
/// </summary>
internal static class AutoHyphens
{
    public static void Mark(ShapedText s, HyphenationStyle style)
    {
        foreach (var (start, end) in ShapedText.Tokens(s.Text))
        {
            if (Splittable(s, start, end))
            {
                MarkToken(s, style, start, end);
            }
        }
    }

    private static bool Splittable(ShapedText s, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = s.Text[k];
            if (char.IsDigit(c) || c is '@' or ShapedText.SoftHyphen || s.Breaks[k] == BreakKind.Weak || (s.Breaks[k] == BreakKind.After && c == '/'))
            {
                return false; // numbers, addresses, paths, words the author hyphenated by hand
            }
        }

        var token = s.Text.AsSpan(start, end - start);
        return !token.Contains("://", StringComparison.Ordinal) && !token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static void MarkToken(ShapedText s, HyphenationStyle style, int start, int end)
    {
        var k = start;
        while (k < end)
        {
            if (!char.IsLetter(s.Text[k]))
            {
                k++;
                continue;
            }

            var from = k;
            while (k < end && char.IsLetter(s.Text[k]))
            {
                k++;
            }

            var word = s.Text[from..k];
            if (style.Never.Protects(word))
            {
                continue;
            }

            foreach (var p in style.Hyphenator.Points(word))
            {
                if (s.Breaks[from + p - 1] == BreakKind.None && s.Span[from + p - 1] == s.Span[from + p])
                {
                    s.Breaks[from + p - 1] = BreakKind.Auto;
                }
            }
        }
    }
}
