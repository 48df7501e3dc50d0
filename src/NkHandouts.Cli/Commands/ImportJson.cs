using System.Text;
using System.Text.Json;
using NkHandouts.Diagnostics;
using NkHandouts.Import;

namespace NkHandouts.Cli.Commands;

/// <summary>The JSON forms of an import and of its review comments. Written with <see cref="Utf8JsonWriter"/>, not
/// reflection-based serialisation, so the tool publishes as native AOT (compare.sh's default).</summary>
internal static class ImportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static string Result(ImportResult r) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("document", r.DocumentPath);
        json.WriteString("article", r.ArticlePath);
        json.WriteBoolean("newArticle", r.NewArticle);
        json.WriteBoolean("refused", r.Refused);
        json.WriteNumber("changed", r.Changed);
        json.WriteNumber("added", r.Added);
        json.WriteNumber("removed", r.Deleted);
        json.WriteString("diff", r.HasErrors ? "" : r.Diff);
        json.WriteStartArray("diagnostics");
        foreach (var d in r.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.SeverityName);
            json.WriteString("code", d.Code);
            Location(json, d.Location);
            json.WriteString("message", d.Message);
            json.WriteString("hint", d.Hint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("comments");
        foreach (var c in r.Comments)
        {
            Comment(json, c);
        }

        json.WriteEndArray();
        json.WriteStartArray("revisions");
        foreach (var v in r.Revisions)
        {
            json.WriteStartObject();
            json.WriteString("kind", v.Kind);
            json.WriteString("author", v.Author);
            json.WriteString("date", v.Date);
            json.WriteString("text", v.Text);
            Location(json, v.Location);
            json.WriteString("word", v.WordPlace);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Comments(IReadOnlyList<ReviewComment> comments) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var c in comments)
        {
            Comment(json, c);
        }

        json.WriteEndArray();
    });

    private static void Comment(Utf8JsonWriter json, ReviewComment c)
    {
        json.WriteStartObject();
        json.WriteString("author", c.Author);
        json.WriteString("date", c.Date);
        json.WriteString("text", c.Text);
        json.WriteString("anchor", c.Anchor);
        Location(json, c.Location);
        json.WriteString("word", c.WordPlace);
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, SourceLocation at)
    {
        json.WriteString("path", at.Path);
        json.WriteNumber("line", at.Line);
        json.WriteNumber("column", at.Column);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
