using System.Text;
using NkHandouts.Import;
using NkHandouts.Reports;

namespace NkHandouts.Cli.Commands;

/// <summary>Word comments as review remarks, in the formats `check` uses: text lines, JSON, SARIF (code scanning) and
/// GitHub annotations, each located at the Markdown path:line:col of the text the comment is anchored to.</summary>
internal static class ReviewReport
{
    public static string Write(ImportResult result, string format)
    {
        if (result.Comments.Count == 0 && format is "text" or "github")
        {
            return "";
        }

        var sb = new StringBuilder();
        switch (format)
        {
            case "json":
                sb.Append(ImportJson.Comments(result.Comments)).Append('\n');
                break;
            case "github":
                foreach (var c in result.Comments)
                {
                    sb.Append("::notice file=").Append(c.Location.Path).Append(",line=").Append(c.Location.Line).Append(",col=").Append(c.Location.Column)
                        .Append(",title=Comment by ").Append(Escape(c.Author)).Append("::").Append(Escape(Message(c))).Append('\n');
                }

                break;
            case "sarif":
                sb.Append(Sarif(result));
                break;
            default:
                foreach (var c in result.Comments)
                {
                    sb.Append(c.Location).Append(": comment: ").Append(Message(c)).Append('\n');
                }

                break;
        }

        return sb.ToString();
    }

    private static string Message(ReviewComment c) =>
        $"{c.Author}{(c.Date is null ? "" : " (" + c.Date + ")")} on \"{c.Anchor}\" ({c.WordPlace}): {c.Text}";

    private static string Escape(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal).Replace("::", "%3A%3A", StringComparison.Ordinal);

    private static string Sarif(ImportResult result) => SarifWriter.Write(
        "nkhandouts import",
        null,
        [new SarifRule(CommentRule, "A reviewer's comment in the Word briefing")],
        result.Comments.Select(c => new SarifResult(CommentRule, SarifLevel.Note, Message(c), c.Location.Path, (c.Location.Line, c.Location.Column))),
        "https://github.com/nkhandouts/nkhandouts/blob/main/docs/round-trip.md");

    private const string CommentRule = "word-comment";
}
