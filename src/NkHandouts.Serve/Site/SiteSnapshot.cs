using NkHandouts.Build;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Policy;

namespace NkHandouts.Serve.Site;

/// <summary>Everything the pages show, as of one refresh. Immutable: a request reads one snapshot from start to end
/// while the next refresh builds another.</summary>
public sealed record SiteSnapshot(
    long Version,
    DateTimeOffset RefreshedAt,
    TimeSpan Elapsed,
    IReadOnlyList<ArticleState> Articles,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Files)
{
    public static readonly SiteSnapshot Empty = new(0, DateTimeOffset.MinValue, TimeSpan.Zero, [], [], new Dictionary<string, string>());

    /// <summary>How far this refresh got: after a save the pages are told three times (text, first previews, all).</summary>
    public RefreshStage Stage { get; init; } = RefreshStage.All;

    /// <summary>True while outputs are still being rebuilt: text and reading level are new, some files not yet.</summary>
    public bool Rendering => Stage != RefreshStage.All;

    public ArticleState? Find(string slug) => Articles.FirstOrDefault(a => a.Slug == slug);
}

/// <summary>What a refresh rebuilds. A save is shown in three steps so the writer sees each as soon as it exists.</summary>
public enum RefreshStage
{
    /// <summary>The text and reading level only (milliseconds); the files are as they were.</summary>
    Text,

    /// <summary>Also what a writer sees first: the file a page shows, and for articles no page shows, each template's
    /// first screen file (with previews).</summary>
    FirstLooks,

    /// <summary>Every file: other page sizes, print files, press sheets.</summary>
    All,
}

/// <summary>One article file. When it no longer loads, <see cref="Article"/>, <see cref="Reading"/> and
/// <see cref="Templates"/> are those of the last good version (<see cref="Stale"/>), so the previews stay beside the
/// error that stops the new text building.</summary>
public sealed record ArticleState(
    string Slug,
    string Path,
    string SourceText,
    Article? Article,
    IReadOnlyList<Diagnostic> Diagnostics,
    ReadingReport? Reading,
    IReadOnlyList<TemplateState> Templates)
{
    public bool Stale { get; init; }

    /// <summary>Sentences at or below this grade are not marked hard even when they are the hardest of a short text
    /// (the policy's target grade; null: mark the hardest whatever their grade).</summary>
    public double? HardAbove { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public string Title => Article?.Metadata.Title ?? Slug;
}

/// <summary>A template the article is built with, the policy's verdict on the text, and its outputs.</summary>
public sealed record TemplateState(string Name, string OutputLabel, string Audience, Verdict Verdict, IReadOnlyList<OutputState> Outputs);

/// <summary>One built file: the build's result for it (null before its first build) and its page previews
/// (names relative to the work folder).</summary>
public sealed record OutputState(string FileName, string Variant, JobResult? Result, bool Exists, IReadOnlyList<string> Previews)
{
    /// <summary>A print file (bleed, crop marks, CMYK), as its renderer planned it; the page shows a screen file first.</summary>
    public bool Print { get; init; }

    /// <summary>This file was built with its previews asked for (the server draws them only for files a page shows):
    /// false with no <see cref="OutputState.Previews"/> means they are still to be drawn; true means the kind of
    /// file has none (Word, web page).</summary>
    public bool PreviewsDrawn { get; init; }

    public bool IsHtml => FileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
