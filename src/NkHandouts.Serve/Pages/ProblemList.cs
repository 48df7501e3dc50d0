using System.Text;
using NkHandouts.Diagnostics;

namespace NkHandouts.Serve.Pages;

/// <summary>Diagnostics as the CLI prints them (<c>path:line:col: error CODE: message</c> and the hint), as a list;
/// a located one links to its line in the source view when that is on the page.</summary>
internal static class ProblemList
{
    public static void Section(StringBuilder sb, IReadOnlyList<Diagnostic> diagnostics, string id, string heading, bool linkLines = false)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        var errors = diagnostics.Any(d => d.IsError);
        sb.Append("<section class=\"problems").Append(errors ? " problems-error" : "").Append("\" aria-labelledby=\"").Append(id).Append("\">")
            .Append("<h2 id=\"").Append(id).Append("\">").Append(H.E(heading)).Append("</h2>\n<ul>\n");
        foreach (var d in diagnostics.OrderBy(d => d.IsError ? 0 : 1).ThenBy(d => d.Location.Line))
        {
            sb.Append("<li class=\"diagnostic\"><span class=\"verdict verdict-").Append(d.IsError ? "fail" : "warn").Append("\"><span aria-hidden=\"true\">")
                .Append(d.IsError ? "✖ " : "▲ ").Append("</span>").Append(d.SeverityName).Append("</span> ");
            var where = H.E(d.Location.ToString());
            sb.Append(linkLines && d.Location.Line > 0 ? $"<a href=\"#L{H.N(d.Location.Line)}\"><code>{where}</code></a>" : $"<code>{where}</code>");
            sb.Append(' ').Append(H.E(d.Code)).Append(": ").Append(H.E(d.Message));
            if (d.Hint is { Length: > 0 } hint)
            {
                sb.Append("<br><span class=\"hint\">How to fix: ").Append(H.E(hint)).Append("</span>");
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ul></section>\n");
    }
}
