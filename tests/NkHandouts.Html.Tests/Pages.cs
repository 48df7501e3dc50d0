using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NkHandouts.Content;
using NkHandouts.Html;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Html.Tests;

/// <summary>Loads articles and templates, renders pages, and parses them as a browser would (AngleSharp, strict:
/// any HTML5 parse error fails the test).</summary>
internal static class Pages
{
    public static readonly DateTimeOffset Timestamp = new(2025, 12, 19, 0, 0, 0, TimeSpan.Zero);

    public static string PatientArticlePath => Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.md");

    public static Article PatientArticle() => Load(PatientArticlePath);

    public static Article Load(string path)
    {
        var result = ArticleLoader.Load(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    public static Article FromMarkdown(TempDir dir, string markdown, string name = "article.md") => Load(dir.File(name, markdown));

    /// <summary>templates/patient-web, loaded through the HTML output's own registration.</summary>
    public static Template WebTemplate()
    {
        var result = TemplateLoader.Load(Path.Combine(Repo.Templates, "patient-web"), new TemplateOutputs([new HtmlOutput()]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    public static readonly HtmlOptions WebOptions = new()
    {
        DefaultQuestions = ["Could this treatment help me?", "Who can I call if I have questions after my visit?"],
        Disclaimer = "This page does not replace advice from your care team.",
    };

    public static string Render(Article article, Template? template = null, HtmlOptions? options = null) =>
        Render(article, template, options, out _);

    public static string Render(Article article, Template? template, HtmlOptions? options, out RenderResult result)
    {
        var bytes = RenderBytes(article, template, options, out result);
        return Encoding.UTF8.GetString(bytes);
    }

    public static byte[] RenderBytes(Article article, Template? template, HtmlOptions? options, out RenderResult result)
    {
        var renderer = new HtmlRenderer();
        var plan = Assert.Single(renderer.Plan(article, (template ?? WebTemplate()) with { Options = options ?? WebOptions }));
        using var stream = new MemoryStream();
        result = renderer.Render(plan, new RenderSettings(Timestamp, "0.1.0"), stream);
        return stream.ToArray();
    }

    /// <summary>Parses as a browser does; strict mode turns every HTML5 parse error into an exception.</summary>
    public static IDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    /// <summary>Whitespace collapsed and trimmed, as text comparisons need.</summary>
    public static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
