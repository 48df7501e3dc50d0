namespace NkHandouts.Content;

/// <summary>Typed front matter of an article. See README "Writing an article" for every key.</summary>
public sealed record ArticleMetadata
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public DateOnly? Date { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>BCP 47 language tag, e.g. en-US.</summary>
    public required string Language { get; init; }

    /// <summary>Who the text is written for, e.g. patients or clinicians; selects templates and the reading policy.</summary>
    public required string Audience { get; init; }

    public string? Summary { get; init; }
    public string? Version { get; init; }
    public DateOnly? ReviewBy { get; init; }

    /// <summary>The article's public web address (leaflets print it and a QR code to it).</summary>
    public string? Url { get; init; }

    public SourceAttribution? Source { get; init; }

    /// <summary>Templates to build this article with; empty means the default for its audience.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Where each <see cref="Templates"/> entry is written in the front matter (same order).</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> TemplateLocations { get; init; } = [];
}

/// <summary>Where the text comes from, printed on every output.</summary>
public sealed record SourceAttribution(string? Title, string? Author, string? Publisher, string? Url, DateOnly? Published, string? Note);
