using NkHandouts.IO;

namespace NkHandouts.Content;

/// <summary>Limits and roots for loading untrusted content. Defaults are safe; callers may raise them.</summary>
public sealed record ArticleLoadOptions
{
    public static readonly ArticleLoadOptions Default = new();

    /// <summary>Largest article file accepted.</summary>
    public long MaxBytes { get; init; } = SourceFile.DefaultMaxBytes;

    /// <summary>Deepest nesting of lists, quotes and containers; deeper input is refused, never a stack overflow.</summary>
    public int MaxNesting { get; init; } = 32;

    /// <summary>Folder that images must stay inside; null means the article's own folder.</summary>
    public string? ContentRoot { get; init; }
}
