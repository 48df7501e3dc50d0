using NkHandouts.Content;
using NkHandouts.Templates;

namespace NkHandouts.Build;

/// <summary>
/// The reading-level check as the build sees it: a verdict for an article under a template's policy. An enforced
/// policy that fails stops that output from being written, so a clinic never prints a leaflet most patients can't read.
/// </summary>
public interface IReadingGate
{
    ReadingOutcome Evaluate(Article article, ReadingPolicy policy);
}

/// <summary>Consensus grade, verdict ("pass", "warn", "fail"; "report" when the policy is not enforced) and why.</summary>
public sealed record ReadingOutcome(double? Grade, string Verdict, IReadOnlyList<string> Reasons)
{
    public bool Failed => Verdict == "fail";

    /// <summary>The reasons that fail the text, by rule, for the diagnostics a failure prints.</summary>
    public IReadOnlyList<GateFinding> Findings { get; init; } = [];

    /// <summary>What an enforced policy warns about without failing the text (grade above its target, each sentence
    /// over its length limit), located where the reading check locates it; the build prints them as warnings.</summary>
    public IReadOnlyList<GateFinding> Warnings { get; init; } = [];
}
