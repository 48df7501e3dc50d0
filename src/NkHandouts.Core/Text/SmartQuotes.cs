using System.Text;

namespace NkHandouts.Text;

/// <summary>
/// Typographic quotes and apostrophes, the one place straight quotes are educated (SmartyPants rules): a quote
/// after the start, a space or opening punctuation opens (“ ‘), anything else closes (” ’); an apostrophe inside
/// a word or before a year's digits (’90s) is ’. The article loader runs every text run and front-matter string
/// through it, so PDF, Word, previews and the reading-level text all carry the same characters. Code is never
/// passed in.
/// </summary>
public static class SmartQuotes
{
    /// <summary>Educates <paramref name="text"/>; <paramref name="before"/> is the character printed just before
    /// it ('\0' at the start of a block), so a quote right after bold text or a link still closes.</summary>
    public static string Apply(string text, char before = '\0')
    {
        if (text.IndexOfAny(['"', '\'']) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var prev = before;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var educated = c switch
            {
                '"' => Opens(prev) ? '\u201C' : '\u201D',
                '\'' => Single(prev, next, text, i),
                _ => c,
            };
            sb.Append(educated);
            prev = educated;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The inverse of <see cref="Apply"/> for text that comes back from a printed output (the Word round trip): each
    /// curly quote that <see cref="Apply"/> would make from a straight one at that place becomes straight again, so
    /// <c>Apply(Plain(t, b), b) == t</c> for text without straight quotes, and an edited paragraph's source keeps the author's straight quotes instead of
    /// changing every apostrophe in it. A curly quote <see cref="Apply"/> would not produce there (typed on purpose)
    /// stays as it is.
    /// </summary>
    public static string Plain(string text, char before = '\0')
    {
        if (text.IndexOfAny(['\u201C', '\u201D', '\u2018', '\u2019']) < 0)
        {
            return text;
        }

        // What Apply would have been given: the same text with straight quotes (it looks ahead one and two characters).
        var straight = string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = Straight(t[i]);
            }
        });
        var sb = new StringBuilder(text.Length);
        var prev = before;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var s = straight[i];
            if (s != c)
            {
                var next = i + 1 < text.Length ? straight[i + 1] : '\0';
                var educated = s == '"' ? (Opens(prev) ? '\u201C' : '\u201D') : Single(prev, next, straight, i);
                c = educated == c ? s : c;
            }

            sb.Append(c);
            prev = text[i]; // Apply's context is the printed character before, which is this one
        }

        return sb.ToString();
    }

    private static char Straight(char c) => c switch { '\u201C' or '\u201D' => '"', '\u2018' or '\u2019' => '\'', _ => c };

    /// <summary>The last character of <paramref name="text"/>, or <paramref name="fallback"/> when it is empty.</summary>
    public static char Last(string text, char fallback) => text.Length > 0 ? text[^1] : fallback;

    private static char Single(char prev, char next, string text, int i)
    {
        // ’90s, ’til: an apostrophe that starts a word standing for left-out letters or digits.
        if (Opens(prev) && char.IsDigit(next) && i + 2 < text.Length && char.IsDigit(text[i + 2]))
        {
            return '\u2019';
        }

        return Opens(prev) ? '\u2018' : '\u2019';
    }

    private static bool Opens(char prev) =>
        prev == '\0' || char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '<' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018';
}
