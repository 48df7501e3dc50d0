using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NkHandouts.Readiness.Measures;
using NkHandouts.Readiness.Policy;

namespace NkHandouts.Readiness.Reports;

/// <summary>The page check as JSON (schema in docs/readiness.md): fixed key order, invariant numbers, so the same
/// PDF always gives the same bytes. One file gives an object, several an array.</summary>
public static class PageJsonWriter
{
    public const int SchemaVersion = 1;

    public static string Write(IReadOnlyList<PageCheckResult> results, bool asArray)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (asArray)
            {
                json.WriteStartArray();
            }

            foreach (var r in results)
            {
                WriteOne(json, r);
            }

            if (asArray)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOne(Utf8JsonWriter json, PageCheckResult r)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("file", r.File.Replace('\\', '/'));
        if (r.Audience is null)
        {
            json.WriteNull("audience");
        }
        else
        {
            json.WriteString("audience", r.Audience);
        }

        json.WriteString("verdict", r.Verdict);
        json.WriteBoolean("enforced", r.Policy.Enforce);
        json.WriteStartArray("pages");
        foreach (var p in r.Pages)
        {
            WritePage(json, p);
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", f.RuleId);
            json.WriteString("level", Level(f.Level));
            json.WriteNumber("page", f.Page);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter json, PageMeasurement p)
    {
        json.WriteStartObject();
        json.WriteNumber("page", p.Page);
        Nullable(json, "bodySize", p.BodySize);
        Nullable(json, "smallestSize", p.SmallestSize);
        json.WriteStartArray("headingSizes");
        foreach (var h in p.HeadingSizes)
        {
            json.WriteNumberValue(R(h));
        }

        json.WriteEndArray();
        Dist(json, "charsPerLine", p.CharsPerLine);
        Dist(json, "wordsPerLine", p.WordsPerLine);
        Nullable(json, "lineSpacing", p.LineSpacing);
        json.WriteStartArray("contrast");
        foreach (var c in p.Contrast)
        {
            json.WriteStartObject();
            json.WriteString("text", c.Text.ToString());
            json.WriteString("background", c.Background.ToString());
            json.WriteNumber("ratio", R(c.Ratio));
            json.WriteBoolean("large", c.Large);
            json.WriteNumber("letters", c.Letters);
            json.WriteString("sample", c.Sample);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("justifiedLines", p.JustifiedLines);
        json.WriteStartArray("capsRuns");
        foreach (var run in p.CapsRuns)
        {
            json.WriteStringValue(run);
        }

        json.WriteEndArray();
        json.WriteNumber("italicPercent", R(p.ItalicPercent));
        json.WriteNumber("emptyPercent", R(p.EmptyPercent));
        json.WriteNumber("wordsBetweenHeadings", p.WordsBetweenHeadings);
        json.WriteNumber("letters", p.Letters);
        json.WriteNumber("bodyLines", p.BodyLines);
        json.WriteEndObject();
    }

    private static void Dist(Utf8JsonWriter json, string name, Distribution d)
    {
        json.WriteStartObject(name);
        json.WriteNumber("median", R(d.Median));
        json.WriteNumber("p90", R(d.P90));
        json.WriteNumber("lines", d.Count);
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? v)
    {
        if (v is { } x)
        {
            json.WriteNumber(name, R(x));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static string Level(FindingLevel level) => level switch { FindingLevel.Error => "error", FindingLevel.Warning => "warning", _ => "note" };

    private static double R(double v) => Math.Round(v, 2);
}
