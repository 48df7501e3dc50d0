namespace NkHandouts.ReadingLevel.Policy;

public enum Outcome
{
    Pass,
    Warn,
    Fail,
}

/// <summary>The policy's judgement of a text, with the reasons a writer can act on.</summary>
public sealed record Verdict(Outcome Outcome, bool Enforced, IReadOnlyList<PolicyReason> Findings)
{
    /// <summary>The reasons as a writer reads them, failures first.</summary>
    public IReadOnlyList<string> Reasons => Findings.Select(f => f.Text).ToList();

    public string Name => Outcome switch { Outcome.Pass => "pass", Outcome.Warn => "warn", _ => "fail" };
}
