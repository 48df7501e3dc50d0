namespace NkHandouts.Import;

/// <summary>What to do with tracked changes still pending in the document.</summary>
public enum TrackChanges
{
    /// <summary>List them and stop: a reviewer decides in Word first.</summary>
    Refuse,
    Accept,
    Reject,
}

/// <summary>What to do with a block changed in the Markdown after the briefing was built whose text in the briefing
/// differs: the Word text may be the clinician's edit or just the old text (docs/round-trip.md).</summary>
public enum ConflictChoice
{
    /// <summary>List them and import nothing.</summary>
    Refuse,

    /// <summary>Keep the Markdown's text of those blocks; import the rest.</summary>
    Markdown,

    /// <summary>Take the briefing's text of those blocks too.</summary>
    Briefing,
}

public sealed record ImportOptions
{
    /// <summary>The article to update; default: the path the briefing records (ArticlePath property).</summary>
    public string? ArticlePath { get; init; }

    public TrackChanges TrackChanges { get; init; } = TrackChanges.Refuse;

    public ConflictChoice Conflicts { get; init; } = ConflictChoice.Refuse;

    /// <summary>Content folder, to resolve images the way the build does.</summary>
    public string? ContentRoot { get; init; }
}
