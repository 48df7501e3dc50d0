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

    /// <summary>Where the approval date is written, for a message about it.</summary>
    public Diagnostics.SourceLocation ApprovedLocation { get; init; }

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

    /// <summary>The article this one translates, when it is a translation.</summary>
    public TranslationSource? TranslationOf { get; init; }
}

/// <summary>
/// What a translation was made from: the source article (<paramref name="Path"/>, relative to the translation's
/// folder), the SHA-256 of the source's text when it was translated (freshness: a different hash today means the
/// source changed since), and who reviewed it. Until a qualified medical translator's name is in
/// <paramref name="ReviewedBy"/>, every output carries a visible "not yet reviewed" notice.
/// </summary>
public sealed record TranslationSource(string Path, string Sha256, string? ReviewedBy, Diagnostics.SourceLocation Location)
{
    public bool Reviewed => !string.IsNullOrWhiteSpace(ReviewedBy);
}

/// <summary>Where the text comes from, printed on every output.</summary>
public sealed record SourceAttribution(string? Title, string? Author, string? Publisher, string? Url, DateOnly? Published, string? Note)
{
    /// <summary>The attribution sentence every output prints: "Source: “Title”, by Author, Publisher, 19 December
    /// 2025. Note" — in the words and date format of <paramref name="furniture"/> (English when none is given).</summary>
    public string Line(Localization.Furniture? furniture = null)
    {
        var f = furniture ?? Localization.Furniture.English;
        var parts = new List<string>();
        if (Title is not null)
        {
            parts.Add($"\u201C{Title}\u201D");
        }

        if (Author is not null)
        {
            parts.Add(f.Format(Localization.FurnitureKey.SourceBy, Author));
        }

        if (Publisher is not null)
        {
            parts.Add(Publisher);
        }

        if (Published is { } p)
        {
            parts.Add(f.LongDate(p));
        }

        return f.Format(Localization.FurnitureKey.Source, string.Join(", ", parts)) + (Note is null ? "" : " " + Note);
    }
}
