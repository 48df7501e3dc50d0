using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NkHandouts.Readiness.Policy;

namespace NkHandouts.Readiness.Reports;

/// <summary>SARIF 2.1.0: the NK501–NK512 rules (one per measure) in the driver, one result per finding, located at
/// the PDF and its page (a logical location "page N", since a PDF has no lines).</summary>
public static class PageSarifWriter
{
    public static string Write(IReadOnlyList<PageCheckResult> results, string toolVersion)
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
            foreach (var (id, name, description) in PageRules.All)
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
            foreach (var r in results)
            {
                foreach (var f in r.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.RuleId);
                    json.WriteNumber("ruleIndex", IndexOf(f.RuleId));
                    json.WriteString("level", PageJsonWriter.Level(f.Level));
                    json.WriteStartObject("message");
                    json.WriteString("text", f.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", r.File.Replace('\\', '/'));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("name", $"page {f.Page}");
                    json.WriteString("kind", "page");
                    json.WriteEndObject();
                    json.WriteEndArray();
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

    private static int IndexOf(string id)
    {
        for (var i = 0; i < PageRules.All.Count; i++)
        {
            if (PageRules.All[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
