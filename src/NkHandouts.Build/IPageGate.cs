using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// The page-level check as the build sees it: a verdict on a rendered output's finished pages, read back from its
/// bytes, under the template's policy for the article's audience. Runs after rendering and before writing: an
/// enforced policy that fails means the output is not written (any previous file stays as it was).
/// </summary>
public interface IPageGate
{
    /// <summary>Null when the gate does not check this kind of output (e.g. a Word file).</summary>
    PageOutcome? Evaluate(OutputPlan plan, FinishedOutput output);

    /// <summary>Identifies the checking code, so a verdict the manifest kept for an unchanged output is reused only
    /// when the same checker made it (a new page-check build judges every file again).</summary>
    string Checker => GetType().Assembly.ManifestModule.ModuleVersionId.ToString("N");
}

/// <summary>Verdict ("pass", "fail"; "report" when the policy is not enforced), how many limits the pages break, and why.</summary>
public sealed record PageOutcome(string Verdict, IReadOnlyList<string> Reasons)
{
    public bool Failed => Verdict == "fail";

    /// <summary>The limits broken, by rule and page, for the diagnostics a failure prints (not kept in the manifest:
    /// a failed output is not written, so no verdict of it is ever reused).</summary>
    public IReadOnlyList<GateFinding> Findings { get; init; } = [];

    /// <summary>For the summary: "pass", "fail:3", "report", "report:3" (limits broken).</summary>
    public string Summary => Reasons.Count == 0 || Verdict == "pass" ? Verdict : $"{Verdict}:{Reasons.Count}";
}
