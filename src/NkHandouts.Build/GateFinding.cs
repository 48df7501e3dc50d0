using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>One reason a gate (reading level, page check) gives for failing an output, as the build reports it: the
/// rule's diagnostic code, the reason a writer reads, how to fix it, and the page it is on (page checks).</summary>
public sealed record GateFinding(string Code, string Message, string Hint)
{
    public int? Page { get; init; }

    /// <summary>Where in the article the gate found it (a long sentence); null: the article as a whole.</summary>
    public SourceLocation? At { get; init; }
}
