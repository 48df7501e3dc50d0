using System.Text;
using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>
/// Words longer than a template's <c>limits.maxWordLength</c>: no line holds them, so the layout cuts them where they
/// overflow, and a run of 10,000 letters becomes pages of one broken word. A word here is what the line breaker
/// cannot break: the text between spaces, hyphens, slashes and soft hyphens (and dots in a link, which break like an
/// address's). Refused in patient outputs (an error at the block: rewrite it), a warning elsewhere; the model is left
/// as it is. One diagnostic per block: the longest word it holds.
/// </summary>
public static class LongWords
{
    public static void Check(Article article, int maxLength, bool refuse, DiagnosticBag diagnostics)
    {
        foreach (var block in Nested(article.Blocks))
        {
            var longest = block switch
            {
                HeadingBlock h => Longest(h.Inlines),
                ParagraphBlock p => Longest(p.Inlines),
                TableBlock t => t.Rows.SelectMany(r => r.Cells).Select(c => Longest(c.Inlines)).MaxBy(Length) ?? "",
                _ => "",
            };
            Report(block.Source, longest, maxLength, refuse, diagnostics);
        }
    }

    /// <summary>Every block, depth first: those inside list items, quotes, callouts and footnotes too.</summary>
    private static IEnumerable<Block> Nested(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            foreach (var child in Nested(Identity.BlockIdentities.Children(block)))
            {
                yield return child;
            }
        }
    }

    private static void Report(SourceLocation at, string word, int maxLength, bool refuse, DiagnosticBag diagnostics)
    {
        var length = Length(word);
        if (length <= maxLength)
        {
            return;
        }

        var start = new string(word.EnumerateRunes().Take(12).SelectMany(r => r.ToString()).ToArray());
        if (refuse)
        {
            diagnostics.Error(DiagnosticCodes.WordTooLong, at, $"a word of {length:N0} characters (\"{start}…\"); patient outputs hold words of at most {maxLength} (limits.maxWordLength)",
                "break it with spaces or hyphens, or remove it: no line can hold it, so it would be cut where it overflows");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.WordTooLong, at, $"a word of {length:N0} characters (\"{start}…\"), more than {maxLength} (limits.maxWordLength); it is cut where it overflows a line",
                "break it with spaces or hyphens, or raise limits.maxWordLength in the template");
        }
    }

    /// <summary>The longest unbreakable run in the inlines (code spans included: they are set in the same lines).</summary>
    internal static string Longest(IReadOnlyList<Inline> inlines, bool inLink = false)
    {
        var longest = "";
        foreach (var inline in inlines)
        {
            var candidate = inline switch
            {
                TextInline t => LongestRun(t.Text, inLink),
                CodeInline c => LongestRun(c.Code, inLink),
                EmphasisInline e => Longest(e.Children, inLink),
                StrongInline s => Longest(s.Children, inLink),
                LinkInline l => Longest(l.Children, inLink: true),
                _ => "",
            };
            if (Length(candidate) > Length(longest))
            {
                longest = candidate;
            }
        }

        return longest;
    }

    private static string LongestRun(string text, bool inLink)
    {
        var best = (Start: 0, Length: 0);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsBreak(text[i], inLink))
            {
                if (i - start > best.Length)
                {
                    best = (start, i - start);
                }

                start = i + 1;
            }
        }

        return text.Substring(best.Start, best.Length);
    }

    private static bool IsBreak(char c, bool inLink) =>
        char.IsWhiteSpace(c) || c is '-' or '/' or '\u00AD' or '\u2010' or '\u2013' or '\u2014' || (inLink && c is '.' or '?' or '&' or '=');

    private static int Length(string word) => word.EnumerateRunes().Count();
}
