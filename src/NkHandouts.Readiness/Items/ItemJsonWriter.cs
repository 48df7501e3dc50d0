using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NkHandouts.Readiness.Items;

/// <summary>The PEMAT-P / CDC item report as JSON: scores, then every item with its rating, evidence and locations.</summary>
public static class ItemJsonWriter
{
    public static string Write(IReadOnlyList<ItemReport> reports, bool asArray)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (asArray)
            {
                json.WriteStartArray();
            }

            foreach (var r in reports)
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", 1);
                json.WriteString("file", r.File.Replace('\\', '/'));
                Score(json, "pematUnderstandability", r.Understandability);
                Score(json, "pematActionability", r.Actionability);
                Score(json, "cdcClearCommunicationIndex", r.ClearCommunication);
                json.WriteNumber("toReview", r.ToReview.Count);
                json.WriteStartArray("items");
                foreach (var i in r.Items)
                {
                    json.WriteStartObject();
                    json.WriteString("instrument", i.Instrument);
                    json.WriteString("id", i.Id);
                    json.WriteString("part", i.Part);
                    json.WriteString("question", i.Question);
                    json.WriteString("rating", Name(i.Rating));
                    json.WriteString("evidence", i.Evidence);
                    json.WriteStartArray("locations");
                    foreach (var at in i.Locations)
                    {
                        json.WriteStartObject();
                        json.WriteString("file", at.Path.Replace('\\', '/'));
                        json.WriteNumber("line", at.Line);
                        json.WriteNumber("column", Math.Max(1, at.Column));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (asArray)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Name(Rating r) => r switch
    {
        Rating.Agree => "agree",
        Rating.Disagree => "disagree",
        Rating.NotApplicable => "n/a",
        _ => "to review",
    };

    private static void Score(Utf8JsonWriter json, string name, double? v)
    {
        if (v is { } x)
        {
            json.WriteNumber(name, x);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
