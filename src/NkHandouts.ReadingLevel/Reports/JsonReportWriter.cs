using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Formulas;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>
/// The JSON report (schema in docs/reading-level.md). Keys are written in a fixed order, numbers with invariant
/// formatting and rounded to two decimals, so the same text always gives the same bytes. One file gives an object;
/// several give an array of them.
/// </summary>
public static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static string Write(IReadOnlyList<CheckResult> results, bool asArray)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (asArray)
            {
                json.WriteStartArray();
            }

            foreach (var result in results)
            {
                WriteFile(json, result);
            }

            if (asArray)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteFile(Utf8JsonWriter json, CheckResult result)
    {
        var r = result.Report;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("file", r.File.Replace('\\', '/'));
        WriteNullable(json, "audience", r.Audience);
        WriteNullable(json, "policyAudience", result.PolicyAudience);
        json.WriteString("language", ReadingLanguages.Name(r.Language));
        WriteNullable(json, "languageTag", r.LanguageTag);
        WriteCounts(json, r.Counts);
        WriteScores(json, r.Language, r.Scores, r.Spanish);
        json.WriteStartArray("sections");
        foreach (var s in r.Sections)
        {
            json.WriteStartObject();
            json.WriteString("title", s.Title);
            json.WriteNumber("line", s.Location.Line);
            WriteCounts(json, s.Counts);
            WriteScores(json, r.Language, s.Scores, s.Spanish);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSentences(json, "hardestSentences", r.HardestSentences);
        json.WriteNumber("longSentenceWords", r.LongSentenceWords);
        WriteSentences(json, "longSentences", r.LongSentences);
        json.WriteStartArray("complexWordList");
        foreach (var c in r.ComplexWords)
        {
            json.WriteStartObject();
            json.WriteString("word", c.Word);
            json.WriteNumber("syllables", c.Syllables);
            json.WriteNumber("occurrences", c.Occurrences);
            json.WriteStartArray("locations");
            foreach (var at in c.Locations)
            {
                WriteLocation(json, at);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("jargon");
        foreach (var j in r.Jargon)
        {
            json.WriteStartObject();
            json.WriteString("term", j.Term);
            json.WriteString("plain", j.Plain);
            json.WriteNumber("occurrences", j.Occurrences);
            json.WriteStartArray("locations");
            foreach (var at in j.Locations)
            {
                WriteLocation(json, at);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteSentences(json, "passiveSentences", r.PassiveSentences);
        json.WriteStartArray("warnings");
        foreach (var w in r.Warnings)
        {
            json.WriteStringValue(w);
        }

        json.WriteEndArray();
        json.WriteStartObject("verdict");
        json.WriteString("outcome", result.Verdict.Name);
        json.WriteBoolean("enforced", result.Verdict.Enforced);
        json.WriteStartArray("reasons");
        foreach (var reason in result.Verdict.Reasons)
        {
            json.WriteStringValue(reason);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (r.Vocabulary is { } vocabulary)
        {
            json.WriteStartArray("vocabulary");
            foreach (var v in vocabulary)
            {
                json.WriteStartObject();
                json.WriteString("word", v.Word);
                json.WriteNumber("syllables", v.Syllables);
                json.WriteNumber("occurrences", v.Occurrences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, TextCounts c)
    {
        json.WriteNumber("words", c.Words);
        json.WriteNumber("sentences", c.Sentences);
        json.WriteNumber("syllables", c.Syllables);
        json.WriteNumber("complexWords", c.ComplexWords);
        json.WriteNumber("complexWordPercent", Round(c.ComplexWordPercent));
        json.WriteNumber("letters", c.Letters);
        json.WriteNumber("wordsPerSentence", Round(c.WordsPerSentence));
    }

    /// <summary>The scores of the text's language only: English formulas are never shown for Spanish text.</summary>
    private static void WriteScores(Utf8JsonWriter json, ReadingLanguage language, ReadabilityScores s, SpanishScores? spanish)
    {
        json.WriteStartObject("scores");
        if (spanish is not null)
        {
            json.WriteNumber("fernandezHuerta", Round(spanish.FernandezHuerta));
            json.WriteNumber("szigrisztPazos", Round(spanish.SzigrisztPazos));
            json.WriteString("inflesz", Inflesz.Name(spanish.Inflesz));
            json.WriteNumber("sol", Round(spanish.Sol));
            json.WriteEndObject();
            return;
        }

        if (language != ReadingLanguage.English)
        {
            json.WriteEndObject();
            return;
        }

        json.WriteNumber("fleschReadingEase", Round(s.FleschReadingEase));
        json.WriteNumber("fleschKincaidGrade", Round(s.FleschKincaidGrade));
        json.WriteNumber("gunningFog", Round(s.GunningFog));
        json.WriteNumber("smog", Round(s.Smog));
        json.WriteNumber("colemanLiau", Round(s.ColemanLiau));
        json.WriteNumber("automatedReadabilityIndex", Round(s.AutomatedReadabilityIndex));
        json.WriteNumber("consensusGrade", Round(s.ConsensusGrade));
        json.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter json, string name, IReadOnlyList<SentenceFinding> sentences)
    {
        json.WriteStartArray(name);
        foreach (var s in sentences)
        {
            json.WriteStartObject();
            json.WriteString("text", s.Text);
            json.WriteNumber("line", s.Location.Line);
            json.WriteNumber("column", s.Location.Column);
            json.WriteNumber("words", s.Words);
            json.WriteNumber("syllables", s.Syllables);
            json.WriteNumber("grade", Round(s.Grade));
            if (s.Perspicuity is { } perspicuity)
            {
                json.WriteNumber("perspicuity", Round(perspicuity));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation at)
    {
        json.WriteStartObject();
        json.WriteNumber("line", at.Line);
        json.WriteNumber("column", at.Column);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
