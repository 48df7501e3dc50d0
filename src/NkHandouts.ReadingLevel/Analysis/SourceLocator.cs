using NkHandouts.Diagnostics;

namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>
/// Maps a place in a unit's plain text back to line:column of the source file. Markup (emphasis, links) changes
/// offsets but not words, so the word at the place is found as the same whole-word occurrence (first, second…)
/// in the source lines from the unit's own first line onwards. Words inside a web address (a link's target, an
/// autolink, a bare URL or e-mail address) are not text and are not counted on either side. Falls back to the unit's
/// location.
/// </summary>
internal static class SourceLocator
{
    private const int SearchLines = 400;

    public static SourceLocation Locate(TextDocument document, TextUnit unit, int offset, int length)
    {
        if (unit.Source.Line <= 0 || length <= 0)
        {
            return unit.Source;
        }

        var text = unit.Text.AsSpan();
        var word = text.Slice(offset, length);
        var ordinal = 0;
        for (var at = 0; at < offset;)
        {
            var found = text[at..offset].IndexOf(word, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            if (IsWholeWord(text, at + found, length) && !InAddress(text, at + found))
            {
                ordinal++;
            }

            at += found + 1;
        }

        var lines = document.SourceLines;
        var last = Math.Min(lines.Count, unit.Source.Line - 1 + SearchLines);
        for (var i = unit.Source.Line - 1; i < last; i++)
        {
            var line = lines[i].AsSpan();
            for (var at = 0; at < line.Length;)
            {
                var found = line[at..].IndexOf(word, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                var column = at + found;
                if (IsWholeWord(line, column, length) && !InAddress(line, column) && ordinal-- == 0)
                {
                    return new SourceLocation(unit.Source.Path, i + 1, column + 1);
                }

                at = column + 1;
            }
        }

        return unit.Source;
    }

    /// <summary>True when <paramref name="at"/> is inside a link target <c>](…)</c>, an autolink <c>&lt;…&gt;</c>, or a
    /// space-delimited token that is a web or e-mail address.</summary>
    internal static bool InAddress(ReadOnlySpan<char> s, int at)
    {
        var before = s[..at];
        var target = before.LastIndexOf("](", StringComparison.Ordinal);
        if (target >= 0 && before[(target + 2)..].IndexOfAny(')', ' ') < 0)
        {
            return true;
        }

        var angle = before.LastIndexOf('<');
        if (angle >= 0 && before[(angle + 1)..].IndexOfAny('>', ' ') < 0)
        {
            return true;
        }

        var start = before.LastIndexOfAny(' ', '\t', '(') + 1;
        var end = s[at..].IndexOfAny(' ', '\t', ')');
        var token = s[start..(end < 0 ? s.Length : at + end)];
        return token.Contains("://", StringComparison.Ordinal) || token.Contains('@') || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWholeWord(ReadOnlySpan<char> s, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(s[start - 1])) &&
        (start + length >= s.Length || !char.IsLetterOrDigit(s[start + length]));
}
