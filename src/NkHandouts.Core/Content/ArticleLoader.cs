using Markdig;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;

namespace NkHandouts.Content;

/// <summary>Loads a Markdown article with YAML front matter into an <see cref="Article"/>.</summary>
public static class ArticleLoader
{
    /// <summary>Built once and reused: Markdig pipelines are immutable and thread-safe.</summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    public static LoadResult<Article> Load(string path, ArticleLoadOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var (text, sha256) = SourceFile.Read(path, diagnostics, (options ?? ArticleLoadOptions.Default).MaxBytes);
        if (text is null)
        {
            return new LoadResult<Article>(null, diagnostics.Items);
        }

        var loaded = Parse(text, path, options, diagnostics);
        return loaded.Value is { } article ? loaded with { Value = article with { SourceHash = sha256 } } : loaded;
    }

    /// <summary>Parses article text; <paramref name="path"/> is used for messages and to resolve images.</summary>
    public static LoadResult<Article> Parse(string text, string path, ArticleLoadOptions? options = null, DiagnosticBag? diagnostics = null)
    {
        options ??= ArticleLoadOptions.Default;
        diagnostics ??= new DiagnosticBag();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        }

        ReportControlCharacters(text, path, diagnostics);
        var yaml = FrontMatter.Extract(text, out var endLine);
        ArticleMetadata? metadata = null;
        if (yaml is null)
        {
            var hint = endLine < 0
                ? "close the front matter with a line holding only '---'"
                : "start the file with a '---' line, then 'title:', 'language:' and 'audience:' lines, then '---'";
            var message = endLine < 0 ? "front matter is never closed" : "article has no front matter";
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceLocation(path, 1, 1), message, hint);
        }
        else
        {
            var map = YamlSource.Parse(yaml, path, lineOffset: 1, diagnostics, "front matter");
            if (map is not null)
            {
                metadata = MetadataReader.Read(map);
            }
        }

        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's own depth guard: report it like ours instead of crashing.
            diagnostics.Error(DiagnosticCodes.NestingTooDeep, new SourceLocation(path, Math.Max(1, endLine + 1), 1), "Markdown is nested too deeply to read", "flatten the lists, quotes or emphasis");
            return new LoadResult<Article>(null, diagnostics.Items);
        }

        var converter = new BlockConverter(path, options, diagnostics);
        var (blocks, footnotes) = converter.Convert(document);
        if (blocks.Count == 0)
        {
            var line = Math.Max(1, endLine + 1);
            diagnostics.Error(DiagnosticCodes.EmptyArticle, new SourceLocation(path, line, 1), "article has no body text", "write the article below the front matter's closing '---'");
        }

        var article = metadata is null || diagnostics.HasErrors ? null : new Article(path, metadata, blocks, footnotes) { SourceText = text };
        return new LoadResult<Article>(article, diagnostics.Items);
    }

    /// <summary>
    /// Control characters (ESC, BEL, form feed, bidirectional overrides…) have no printed form: PDF would draw nothing,
    /// Word's XML cannot hold most of them, and in a terminal they drive the screen. One rule for every output: the
    /// article is refused with each character located (the first ten), never built with some outputs and not others.
    /// </summary>
    private static void ReportControlCharacters(string text, string path, DiagnosticBag diagnostics)
    {
        var line = 1;
        var column = 1;
        var found = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (c != '\t' && Printable.IsControl(c) && found++ < 10)
            {
                diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceLocation(path, line, column),
                    $"control character {Printable.Name(c)} in the text; no output can show it",
                    "delete it (it often comes from copying out of a terminal or a PDF); use plain spaces and line breaks");
            }

            if (!char.IsLowSurrogate(c))
            {
                column++;
            }
        }
    }
}
