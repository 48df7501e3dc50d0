using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>The outcome of a whole build: every job's result and every diagnostic, in a stable order.</summary>
public sealed record BuildReport(IReadOnlyList<JobResult> Jobs, IReadOnlyList<Diagnostic> Diagnostics, int LeftoversRemoved)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError) || Jobs.Any(j => j.Status == JobStatus.Failed);

    public bool HasWarnings =>
        Diagnostics.Any(d => d.IsWarning)
        || Jobs.Any(j => j.Diagnostics.Any(d => d.IsWarning) || j.Reading?.Verdict == "warn");
}
