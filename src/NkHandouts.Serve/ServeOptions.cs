namespace NkHandouts.Serve;

/// <summary>What <c>nkhandouts serve</c> was asked to do.</summary>
public sealed record ServeOptions
{
    public string ContentDir { get; init; } = "content";
    public string TemplatesDir { get; init; } = "templates";

    /// <summary>Loopback only: the preview shows unpublished text and serves files from the work folder.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5180;

    /// <summary>Open the index page in the default browser once the server listens.</summary>
    public bool Open { get; init; }

    /// <summary>Where the preview builds go; null makes a fresh folder under the system temp folder, removed on stop.
    /// Never the build's <c>out/</c>: a preview of half-typed text must not replace a file a clinic prints.</summary>
    public string? WorkDir { get; init; }

    /// <summary>Resolution of the page previews, in dots per inch.</summary>
    public int PreviewDpi { get; init; } = 60;

    /// <summary>How long the watcher waits for a burst of saves to settle before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>SOURCE_DATE_EPOCH override (tests); null reads the environment, as the build does.</summary>
    public string? SourceDateEpoch { get; init; }
}
