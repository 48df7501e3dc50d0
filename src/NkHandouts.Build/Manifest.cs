using System.Text;
using System.Text.Json;
using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>
/// <c>out/manifest.json</c>: per output, the fingerprints of its inputs and the SHA-256 of the bytes written. It is
/// what makes builds incremental, and lets anyone verify an output against the build that made it. Written with
/// sorted keys and no timestamps, so it is as reproducible as the outputs.
/// </summary>
public sealed class Manifest
{
    public const string FileName = "manifest.json";
    public const int FormatVersion = 1;

    private readonly SortedDictionary<string, ManifestEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ManifestEntry> Entries => _entries;

    public string? ToolVersion { get; set; }

    public void Set(ManifestEntry entry) => _entries[entry.FileName] = entry;

    public bool TryGet(string fileName, out ManifestEntry entry) => _entries.TryGetValue(fileName, out entry!);

    /// <summary>Reads a manifest; a missing or unreadable one is empty (everything rebuilds), never an error.</summary>
    public static Manifest Load(string outDir)
    {
        var manifest = new Manifest();
        var path = Path.Combine(outDir, FileName);
        if (!File.Exists(path))
        {
            return manifest;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (!root.TryGetProperty("formatVersion", out var v) || v.GetInt32() != FormatVersion)
            {
                return manifest;
            }

            foreach (var output in root.GetProperty("outputs").EnumerateObject())
            {
                var e = output.Value;
                var inputs = e.GetProperty("inputs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
                var extras = e.TryGetProperty("extraFiles", out var x)
                    ? x.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                manifest.Set(new ManifestEntry(
                    output.Name,
                    e.GetProperty("key").GetString() ?? "",
                    inputs,
                    e.GetProperty("sha256").GetString() ?? "",
                    e.GetProperty("bytes").GetInt64(),
                    e.GetProperty("pages").GetInt32(),
                    extras)
                {
                    PageCheck = e.TryGetProperty("pageCheck", out var check) ? ReadPageCheck(check) : null,
                });
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new Manifest();
        }

        return manifest;
    }

    private static RecordedPageCheck ReadPageCheck(JsonElement e) => new(
        e.GetProperty("checker").GetString() ?? "",
        new PageOutcome(e.GetProperty("verdict").GetString() ?? "", [.. e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString() ?? "")]))
    {
        Notes = e.TryGetProperty("notes", out var notes) ? [.. notes.EnumerateArray().Select(ReadNote)] : [],
    };

    private static Diagnostic ReadNote(JsonElement n) => new(Severity.Note, n.GetProperty("code").GetString() ?? "",
        new SourceLocation(n.GetProperty("path").GetString() ?? "", n.GetProperty("line").GetInt32(), n.GetProperty("column").GetInt32()),
        n.GetProperty("message").GetString() ?? "", n.TryGetProperty("hint", out var hint) ? hint.GetString() : null);

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", FormatVersion);
            w.WriteString("tool", ToolVersion ?? "");
            w.WriteStartObject("outputs");
            foreach (var e in _entries.Values)
            {
                w.WriteStartObject(e.FileName);
                w.WriteString("key", e.Key);
                w.WriteString("sha256", e.Sha256);
                w.WriteNumber("bytes", e.Bytes);
                w.WriteNumber("pages", e.Pages);
                w.WriteStartObject("inputs");
                foreach (var (k, v) in e.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    w.WriteString(k, v);
                }

                w.WriteEndObject();
                if (e.ExtraFiles.Count > 0)
                {
                    w.WriteStartObject("extraFiles");
                    foreach (var (k, v) in e.ExtraFiles.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        w.WriteString(k, v);
                    }

                    w.WriteEndObject();
                }

                if (e.PageCheck is { } check)
                {
                    w.WriteStartObject("pageCheck");
                    w.WriteString("checker", check.Checker);
                    w.WriteString("verdict", check.Outcome.Verdict);
                    w.WriteStartArray("reasons");
                    foreach (var reason in check.Outcome.Reasons)
                    {
                        w.WriteStringValue(reason);
                    }

                    w.WriteEndArray();
                    if (check.Notes.Count > 0)
                    {
                        w.WriteStartArray("notes");
                        foreach (var n in check.Notes)
                        {
                            w.WriteStartObject();
                            w.WriteString("code", n.Code);
                            w.WriteString("path", n.Location.Path);
                            w.WriteNumber("line", n.Location.Line);
                            w.WriteNumber("column", n.Location.Column);
                            w.WriteString("message", n.Message);
                            if (n.Hint is { } hint)
                            {
                                w.WriteString("hint", hint);
                            }

                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}

/// <summary>One output's record: input fingerprints, their combined key, and the SHA-256 of what was written.</summary>
public sealed record ManifestEntry(
    string FileName,
    string Key,
    IReadOnlyDictionary<string, string> Inputs,
    string Sha256,
    long Bytes,
    int Pages,
    IReadOnlyDictionary<string, string> ExtraFiles)
{
    /// <summary>The page check's verdict on these bytes, so an unchanged output is not read back on every build.</summary>
    public RecordedPageCheck? PageCheck { get; init; }

    /// <summary>The build that wrote these bytes was asked for previews (their files are <see cref="ExtraFiles"/>; a
    /// renderer without previews, e.g. Word, makes none).</summary>
    public bool PreviewsDrawn => Inputs.TryGetValue(BuildPlanner.PreviewsInput, out var previews) && previews != BuildPlanner.NoPreviews;
}

/// <summary>A page-check verdict as recorded, with the checker that made it (<see cref="IPageGate.Checker"/>).</summary>
public sealed record RecordedPageCheck(string Checker, PageOutcome Outcome)
{
    /// <summary>The notes a report-only policy gave these bytes, located as the build that wrote them located them
    /// (a page too empty at the block that went over): an unchanged output prints them again without its layout.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; init; } = [];
}
