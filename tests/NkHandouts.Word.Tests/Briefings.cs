using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NkHandouts.Content;
using NkHandouts.Rendering;
using NkHandouts.Templates;
using NkHandouts.Word;

namespace NkHandouts.Word.Tests;

/// <summary>Loads articles and templates and renders briefings to bytes for the tests.</summary>
internal static class Briefings
{
    public static readonly DateTimeOffset Timestamp = new(2025, 12, 19, 0, 0, 0, TimeSpan.Zero);

    public static Article NkArticle() => Load(Repo.NkArticle);

    public static Article Load(string path)
    {
        var result = ArticleLoader.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    public static Template ClinicianTemplate() => LoadTemplate(Path.Combine(Repo.Templates, "clinician-briefing"));

    public static Template LoadTemplate(string folder)
    {
        var result = TemplateLoader.Load(folder, new TemplateOutputs([new BriefingOutput()]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    /// <summary>The clinician template without its reference document: the built-in style set.</summary>
    public static Template BuiltIn() => ClinicianTemplate() with { Options = new BriefingOptions { Reference = null, TableOfContents = true } };

    public static byte[] Render(Article article, Template template) => Render(article, template, out _);

    public static byte[] Render(Article article, Template template, out RenderResult result)
    {
        var renderer = new BriefingRenderer();
        var plan = Assert.Single(renderer.Plan(article, template));
        using var stream = new MemoryStream();
        result = renderer.Render(plan, new RenderSettings(Timestamp, "0.1.0"), stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var doc = Open(docx);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
