using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NkHandouts.Verify.Reports;

/// <summary>JSON: one object per file with its verdict and findings (check, rule, message, page, where).</summary>
public static class VerifyJsonWriter
{
    public static string Write(IReadOnlyList<FileVerdict> verdicts)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var v in verdicts)
            {
                json.WriteStartObject();
                json.WriteString("path", v.Path.Replace('\\', '/'));
                json.WriteBoolean("passed", v.Passed);
                json.WriteStartArray("checks");
                foreach (var c in v.Checks)
                {
                    json.WriteStringValue(c);
                }

                json.WriteEndArray();
                json.WriteStartArray("findings");
                foreach (var f in v.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("check", f.Check);
                    json.WriteString("rule", f.Rule);
                    json.WriteString("message", f.Message);
                    if (f.Page is { } p)
                    {
                        json.WriteNumber("page", p);
                    }

                    if (f.Where is { } w)
                    {
                        json.WriteString("where", w);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
