using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

public enum JobStatus
{
    /// <summary>Rendered and written (new or changed bytes).</summary>
    Built,

    /// <summary>Inputs unchanged since the last build: not rendered, not rewritten.</summary>
    Unchanged,

    /// <summary>Rendering, the reading-level policy or the page check failed; any previous output was left as it was.</summary>
    Failed,
}

/// <summary>The outcome of one job, for the summary table and the exit code.</summary>
public sealed record JobResult(string FileName, JobStatus Status, TimeSpan Elapsed)
{
    public int Pages { get; init; }
    public long Bytes { get; init; }
    public ReadingOutcome? Reading { get; init; }

    /// <summary>The page-level check of the finished output; null where it does not apply.</summary>
    public PageOutcome? PageCheck { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
