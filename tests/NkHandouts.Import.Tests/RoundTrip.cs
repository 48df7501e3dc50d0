using DocumentFormat.OpenXml.Packaging;
using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Word;

namespace NkHandouts.Import.Tests;

/// <summary>Builds briefings the way `build` does and imports them back.</summary>
internal static class RoundTrip
{
    public static readonly DateTimeOffset Timestamp = new(2025, 12, 19, 0, 0, 0, TimeSpan.Zero);

    public static Template Template()
    {
        var result = TemplateLoader.Load(Path.Combine(Repo.Templates, "clinician-briefing"), new TemplateOutputs([new BriefingOutput()]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    public static byte[] Briefing(string articlePath)
    {
        var loaded = ArticleLoader.Load(articlePath, ArticleLoadOptions.Default with { ContentRoot = Path.GetDirectoryName(Path.GetFullPath(articlePath)) });
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var renderer = new BriefingRenderer();
        var plan = Assert.Single(renderer.Plan(loaded.Value!, Template()));
        using var stream = new MemoryStream();
        renderer.Render(plan, new RenderSettings(Timestamp, "0.1.0"), stream);
        return stream.ToArray();
    }

    /// <summary>Applies an edit with the Open XML SDK, as Word would store it, and returns the new bytes.</summary>
    public static byte[] Edit(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var doc = WordprocessingDocument.Open(stream, true))
        {
            edit(doc);
        }

        return stream.ToArray();
    }

    public static ImportResult Import(byte[] docx, string articlePath, string folder, string name = "edited.docx", TrackChanges track = TrackChanges.Refuse)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, docx);
        return Importer.Import(path, new ImportOptions { ArticlePath = articlePath, TrackChanges = track });
    }
}
