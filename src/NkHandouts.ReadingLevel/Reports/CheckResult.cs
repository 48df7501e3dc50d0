using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.ReadingLevel.Policy;

namespace NkHandouts.ReadingLevel.Reports;

/// <summary>One checked file: its report, the policy's verdict, and which audience's policy was applied.</summary>
public sealed record CheckResult(ReadingReport Report, Verdict Verdict, string? PolicyAudience);
