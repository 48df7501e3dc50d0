using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NkHandouts.Verify.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning upload: the rules of every check that ran (ids <c>check/rule</c>, e.g.
/// <c>pdfua1/13-004</c>), one result per finding located at the PDF, with the page and structure path in a logical
/// location (PDFs have no lines).
/// </summary>
public static class VerifySarifWriter
{
    public static string Write(IReadOnlyList<FileVerdict> verdicts, IReadOnlyList<IPdfCheck> checks, string toolVersion)
    {
        var rules = checks.SelectMany(c => c.Rules.Select(r => new CheckRule($"{c.Id}/{r.Id}", r.Description, r.Reference)))
            .Append(new CheckRule($"{PdfVerifier.FileCheck}/unreadable", "The file is not a readable PDF", "ISO 32000-1"))
            .ToList();
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
            json.WriteString("name", "nkhandouts verify");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("rules");
            foreach (var r in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", r.Description);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("reference", r.Reference);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var v in verdicts)
            {
                foreach (var f in v.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.QualifiedRule);
                    json.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == f.QualifiedRule));
                    json.WriteString("level", "error");
                    json.WriteStartObject("message");
                    json.WriteString("text", f.ToString());
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", v.Path.Replace('\\', '/'));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    var logical = string.Join(" ", new[] { f.Page is { } p ? $"page {p}" : null, f.Where }.Where(s => s is not null));
                    if (logical.Length > 0)
                    {
                        json.WriteStartArray("logicalLocations");
                        json.WriteStartObject();
                        json.WriteString("fullyQualifiedName", logical);
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

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
}
