using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NkHandouts.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload, shared by every report that has one (reading level, page check, verify,
/// review comments): one run, the rules in the driver, one result per finding. Written with
/// <see cref="Utf8JsonWriter"/> so the tool stays trimmable and native-AOT-publishable (no reflection).
/// </summary>
public static class SarifWriter
{
    public static string Write(string toolName, string? toolVersion, IReadOnlyList<SarifRule> rules, IEnumerable<SarifResult> results, string? informationUri = null)
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
            json.WriteString("name", toolName);
            if (toolVersion is not null)
            {
                json.WriteString("version", toolVersion);
            }

            if (informationUri is not null)
            {
                json.WriteString("informationUri", informationUri);
            }

            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result, IndexOf(rules, result.RuleId));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteRule(Utf8JsonWriter json, SarifRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        if (rule.Name is not null)
        {
            json.WriteString("name", rule.Name);
        }

        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        if (rule.Reference is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("reference", rule.Reference);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, SarifResult result, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(result.Level));
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", result.Uri.Replace('\\', '/'));
        json.WriteEndObject();
        if (result.Region is var (line, column))
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, line));
            json.WriteNumber("startColumn", Math.Max(1, column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (result.Logical is { } logical)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            WriteIfPresent(json, "name", logical.Name);
            WriteIfPresent(json, "kind", logical.Kind);
            WriteIfPresent(json, "fullyQualifiedName", logical.FullyQualifiedName);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Level(SarifLevel level) => level switch
    {
        SarifLevel.Error => "error",
        SarifLevel.Warning => "warning",
        SarifLevel.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown SARIF level"),
    };

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static int IndexOf(IReadOnlyList<SarifRule> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}
