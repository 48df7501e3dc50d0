using System.Text;
using NkHandouts.Diagnostics;

namespace NkHandouts.Serve.Pages;

/// <summary>
/// Writes the Markdown source line by line (numbered, so <c>path:line:col</c> in a message points at a visible line),
/// HTML-escaped, with the findings as classed spans and a badge in words before each marked sentence. Lines with
/// an error get the diagnostic written above them.
/// </summary>
internal static class SourceView
{
    public static string Render(SourceMarks marks, IReadOnlyList<Diagnostic> diagnostics, string? language)
    {
        var errorsByLine = diagnostics.Where(d => d.Location.Line > 0).GroupBy(d => d.Location.Line).ToDictionary(g => g.Key, g => g.ToList());
        var sb = new StringBuilder();
        sb.Append("<div class=\"source\"");
        if (!string.IsNullOrEmpty(language))
        {
            sb.Append(" lang=\"").Append(H.E(language)).Append('"');
        }

        sb.Append('>');
        for (var line = 0; line < marks.Lines.Length; line++)
        {
            var number = line + 1;
            var problems = errorsByLine.GetValueOrDefault(number);
            var rowClass = problems is null ? "row" : problems.Any(d => d.IsError) ? "row row-error" : "row row-warning";
            sb.Append("<div class=\"").Append(rowClass).Append("\" id=\"L").Append(H.N(number)).Append("\">");
            sb.Append("<span class=\"ln\" aria-hidden=\"true\">").Append(H.N(number)).Append("</span>");
            sb.Append("<span class=\"tx\">");
            foreach (var d in problems ?? [])
            {
                sb.Append("<span class=\"diag\">").Append(d.Severity switch { Severity.Error => "Error ", Severity.Warning => "Warning ", _ => "Note " }).Append(H.E(d.Code)).Append(" at column ")
                    .Append(H.N(Math.Max(1, d.Location.Column))).Append(": ").Append(H.E(d.Message)).Append("</span>");
            }

            Line(sb, marks, line);
            sb.Append("</span></div>");
        }

        sb.Append("</div>");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, SourceMarks marks, int line)
    {
        var text = marks.Lines[line];
        var start = marks.LineStart(line);
        var badges = marks.Badges[line].OrderBy(b => b.Column).ThenBy(b => b.Kind).ToList();
        var b = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (b < badges.Count && badges[b].Column <= i)
            {
                sb.Append("<span class=\"badge badge-").Append(Class(badges[b].Kind)).Append("\">").Append(H.E(badges[b].Label)).Append("</span>");
                b++;
            }

            var flags = marks.Flags[start + i];
            var term = marks.TermAt[start + i];
            var nextBadge = b < badges.Count ? badges[b].Column : int.MaxValue;
            var j = i + 1;
            while (j < text.Length && j < nextBadge && marks.Flags[start + j] == flags && marks.TermAt[start + j] == term)
            {
                j++;
            }

            var run = H.E(text[i..j]);
            if (flags == MarkKind.None)
            {
                sb.Append(run);
            }
            else
            {
                sb.Append("<span class=\"").Append(Classes(flags)).Append('"');
                if (term >= 0)
                {
                    sb.Append(" title=\"Plain wording: ").Append(H.E(marks.Terms[term].Plain)).Append('"');
                }

                sb.Append('>').Append(run).Append("</span>");
                if (term >= 0 && (j >= text.Length || marks.TermAt[start + j] != term))
                {
                    sb.Append("<span class=\"sr-only\"> (plain wording: ").Append(H.E(marks.Terms[term].Plain)).Append(")</span>");
                }
            }

            i = j;
        }

        for (; b < badges.Count; b++)
        {
            sb.Append("<span class=\"badge badge-").Append(Class(badges[b].Kind)).Append("\">").Append(H.E(badges[b].Label)).Append("</span>");
        }

        if (text.Length == 0)
        {
            sb.Append('\u200B'); // keeps an empty line one line high
        }
    }

    private static string Classes(MarkKind flags) => string.Join(' ',
        Enum.GetValues<MarkKind>().Where(k => k != MarkKind.None && flags.HasFlag(k)).Select(k => "m-" + Class(k)));

    public static string Class(MarkKind kind) => kind switch
    {
        MarkKind.Hard => "hard",
        MarkKind.Long => "long",
        MarkKind.Passive => "passive",
        MarkKind.Complex => "complex",
        MarkKind.Term => "term",
        _ => "none",
    };
}
