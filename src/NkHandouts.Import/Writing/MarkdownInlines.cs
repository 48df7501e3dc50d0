using System.Text;
using NkHandouts.Import.Model;

namespace NkHandouts.Import.Writing;

/// <summary>
/// Segments back to Markdown: <c>**strong**</c>, <c>_emphasis_</c> (underscores, so a bold run next to an italic one
/// cannot read as a triple star), <c>`code`</c>, <c>[text](url)</c>, <c>[^n]</c>, and a hard break as a backslash
/// at the end of the line, with <paramref name="continuation"/> (a quote's <c>&gt; </c>, a list item's indent) in
/// front of the next line. Text is escaped only where Markdown would read it as syntax.
/// </summary>
internal static class MarkdownInlines
{
    public static string Write(IReadOnlyList<Segment> segments, string continuation = "", bool tableCell = false)
    {
        segments = StraightQuotes(segments);
        var sb = new StringBuilder();
        var i = 0;
        while (i < segments.Count)
        {
            var link = segments[i].Link;
            if (link is not null && segments[i].Kind == SegmentKind.Text)
            {
                var j = i;
                while (j < segments.Count && segments[j].Link == link && segments[j].Kind != SegmentKind.FootnoteReference)
                {
                    j++;
                }

                var inner = segments.Skip(i).Take(j - i).Select(s => s with { Link = null }).ToList();
                var text = Formatted(inner, continuation, tableCell, atStart: false);
                sb.Append(text == Escape(link, false, tableCell) || text == link ? "<" + link + ">" : "[" + text + "](" + Destination(link) + ")");
                i = j;
            }
            else
            {
                var j = i;
                while (j < segments.Count && (segments[j].Link is null || segments[j].Kind != SegmentKind.Text))
                {
                    j++;
                }

                sb.Append(Formatted(segments.Skip(i).Take(j - i).ToList(), continuation, tableCell, atStart: i == 0));
                i = j;
            }
        }

        return sb.ToString();
    }

    /// <summary>The briefing shows the typographic quotes the loader made (SmartQuotes); the Markdown gets back the
    /// straight ones they were made from, so an edited paragraph changes only where it was edited. Context runs
    /// across segments as the loader's does (code keeps its quotes; a break or footnote mark counts as a space).</summary>
    private static IReadOnlyList<Segment> StraightQuotes(IReadOnlyList<Segment> segments)
    {
        var result = new List<Segment>(segments.Count);
        var before = '\0';
        foreach (var s in segments)
        {
            switch (s.Kind)
            {
                case SegmentKind.Text when s.Code:
                    before = NkHandouts.Text.SmartQuotes.Last(s.Text, before);
                    result.Add(s);
                    break;
                case SegmentKind.Text:
                    result.Add(s with { Text = NkHandouts.Text.SmartQuotes.Plain(s.Text, before) });
                    before = NkHandouts.Text.SmartQuotes.Last(s.Text, before);
                    break;
                default:
                    before = ' ';
                    result.Add(s);
                    break;
            }
        }

        return result;
    }

    private static string Formatted(IReadOnlyList<Segment> segments, string continuation, bool tableCell, bool atStart)
    {
        var sb = new StringBuilder();
        foreach (var s in segments)
        {
            switch (s.Kind)
            {
                case SegmentKind.Break:
                    sb.Append(tableCell ? "<br>" : "\\\n" + continuation);
                    break;
                case SegmentKind.FootnoteReference:
                    sb.Append("[^").Append(s.Footnote.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    var body = s.Code ? Code(s.Text) : Escape(s.Text, atStart && sb.Length == 0, tableCell);
                    var lead = s.Code ? "" : body[..(body.Length - body.TrimStart().Length)];
                    var trail = s.Code ? "" : body[body.TrimEnd().Length..];
                    var core = s.Code ? body : body.Trim();
                    var open = (s.Strong ? "**" : "") + (s.Emphasis ? "_" : "");
                    var close = (s.Emphasis ? "_" : "") + (s.Strong ? "**" : "");
                    sb.Append(lead).Append(open).Append(core).Append(close).Append(trail);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Code(string text)
    {
        var fence = "`";
        while (text.Contains(fence, StringComparison.Ordinal))
        {
            fence += "`";
        }

        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    private static string Destination(string url) =>
        url.Contains(' ', StringComparison.Ordinal) || url.Contains(')', StringComparison.Ordinal) ? "<" + url + ">" : url;

    public static string Escape(string text, bool lineStart, bool tableCell)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' || (tableCell && c == '|'))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var result = sb.ToString();
        if (lineStart && result.Length > 0)
        {
            // What would start a heading, list, quote, rule or container at the start of a line.
            if (result[0] is '#' or '>' or '+' or '-' or '=' or '~' or ':' || (result[0] is '|' && !tableCell))
            {
                result = "\\" + result;
            }
            else
            {
                var digits = 0;
                while (digits < result.Length && char.IsAsciiDigit(result[digits]))
                {
                    digits++;
                }

                if (digits > 0 && digits < result.Length && result[digits] is '.' or ')')
                {
                    result = result[..digits] + "\\" + result[digits..];
                }
            }
        }

        return result;
    }
}
