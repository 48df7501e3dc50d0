using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload: one run, the NK30x rules in the driver, one result per finding with its
/// location in the Markdown source (uri relative to the working folder, 1-based line and column).
/// </summary>
public static class SarifReportWriter
{
    public static string Write(IReadOnlyList<CheckResult> results, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "nkhandouts");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("rules");
            foreach (var (id, name, description) in Finding.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("name", name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                foreach (var f in Finding.For(result))
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.RuleId);
                    json.WriteNumber("ruleIndex", IndexOf(f.RuleId));
                    json.WriteString("level", f.Level switch { FindingLevel.Error => "error", FindingLevel.Warning => "warning", _ => "note" });
                    json.WriteStartObject("message");
                    json.WriteString("text", f.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", f.Location.Path.Replace('\\', '/'));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", Math.Max(1, f.Location.Line));
                    json.WriteNumber("startColumn", Math.Max(1, f.Location.Column));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static int IndexOf(string ruleId)
    {
        for (var i = 0; i < Finding.Rules.Count; i++)
        {
            if (Finding.Rules[i].Id == ruleId)
            {
                return i;
            }
        }

        return -1;
    }
}
