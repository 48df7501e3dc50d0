using System.Text;
using System.Text.Json;
using NkHandouts.Import;

namespace NkHandouts.Cli.Commands;

/// <summary>Word comments as review remarks, in the formats `check` uses: text lines, JSON, SARIF (code scanning) and
/// GitHub annotations, each located at the Markdown path:line:col of the text the comment is anchored to.</summary>
internal static class ReviewReport
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static object ToJson(ReviewComment c) => new
    {
        author = c.Author, date = c.Date, text = c.Text, anchor = c.Anchor,
        path = c.Location.Path, line = c.Location.Line, column = c.Location.Column, word = c.WordPlace,
    };

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
                sb.Append(JsonSerializer.Serialize(result.Comments.Select(ToJson), JsonOptions)).Append('\n');
                break;
            case "github":
                foreach (var c in result.Comments)
                {
                    sb.Append("::notice file=").Append(c.Location.Path).Append(",line=").Append(c.Location.Line).Append(",col=").Append(c.Location.Column)
                        .Append(",title=Comment by ").Append(Escape(c.Author)).Append("::").Append(Escape(Message(c))).Append('\n');
                }

                break;
            case "sarif":
                sb.Append(JsonSerializer.Serialize(Sarif(result), JsonOptions)).Append('\n');
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

    private static object Sarif(ImportResult result) => new Dictionary<string, object>
    {
        ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
        ["version"] = "2.1.0",
        ["runs"] = new[]
        {
            new
            {
                tool = new { driver = new { name = "nkhandouts import", informationUri = "https://github.com/nkhandouts/nkhandouts/blob/main/docs/round-trip.md", rules = new[] { new { id = "word-comment", shortDescription = new { text = "A reviewer's comment in the Word briefing" } } } } },
                results = result.Comments.Select(c => new
                {
                    ruleId = "word-comment",
                    level = "note",
                    message = new { text = Message(c) },
                    locations = new[] { new { physicalLocation = new { artifactLocation = new { uri = c.Location.Path.Replace('\\', '/') }, region = new { startLine = c.Location.Line, startColumn = c.Location.Column } } } },
                }),
            },
        },
    };
}
