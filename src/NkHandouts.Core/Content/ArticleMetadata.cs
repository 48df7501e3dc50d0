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

    /// <summary>Where <see cref="ReviewBy"/> is written, for review-date diagnostics.</summary>
    public Diagnostics.SourceLocation ReviewByLocation { get; init; }

    /// <summary>Governance: draft, review or approved (front matter <c>status:</c>; missing means draft).</summary>
    public string Status { get; init; } = Governance.Draft;

    /// <summary>Who approved the text for use (front matter <c>approvedBy:</c>), when <see cref="Status"/> is approved.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>When it was approved (front matter <c>approved:</c>).</summary>
    public DateOnly? Approved { get; init; }

    /// <summary>The article's public web address (leaflets print it and a QR code to it).</summary>
    public string? Url { get; init; }

    public SourceAttribution? Source { get; init; }

    /// <summary>Templates to build this article with; empty means the default for its audience.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Where each <see cref="Templates"/> entry is written in the front matter (same order).</summary>
    public IReadOnlyList<Diagnostics.SourceLocation> TemplateLocations { get; init; } = [];
}

/// <summary>Where the text comes from, printed on every output.</summary>
public sealed record SourceAttribution(string? Title, string? Author, string? Publisher, string? Url, DateOnly? Published, string? Note)
{
    /// <summary>The attribution sentence every output prints: "Source: “Title”, by Author, Publisher, 19 December
    /// 2025. Note".</summary>
    /// <param name="language">The article's language, for the date's long form (<see cref="Text.LongDate"/>).</param>
    public string Line(string? language = null)
    {
        var parts = new List<string>();
        if (Title is not null)
        {
            parts.Add($"\u201C{Title}\u201D");
        }

        if (Author is not null)
        {
            parts.Add("by " + Author);
        }

        if (Publisher is not null)
        {
            parts.Add(Publisher);
        }

        if (Published is { } p)
        {
            parts.Add(Text.LongDate.Format(p, language));
        }

        return "Source: " + string.Join(", ", parts) + "." + (Note is null ? "" : " " + Note);
    }
}
