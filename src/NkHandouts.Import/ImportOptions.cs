namespace NkHandouts.Import;

/// <summary>What to do with tracked changes still pending in the document.</summary>
public enum TrackChanges
{
    /// <summary>List them and stop: a reviewer decides in Word first.</summary>
    Refuse,
    Accept,
    Reject,
}

public sealed record ImportOptions
{
    /// <summary>The article to update; default: the path the briefing records (ArticlePath property).</summary>
    public string? ArticlePath { get; init; }

    public TrackChanges TrackChanges { get; init; } = TrackChanges.Refuse;

    /// <summary>Content folder, to resolve images the way the build does.</summary>
    public string? ContentRoot { get; init; }
}
