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
