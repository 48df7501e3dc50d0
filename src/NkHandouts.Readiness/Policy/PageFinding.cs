namespace NkHandouts.Readiness.Policy;

public enum FindingLevel
{
    /// <summary>Breaks an enforced policy: the output is not written.</summary>
    Error,

    /// <summary>Breaks a policy that only reports.</summary>
    Warning,

    /// <summary>A measurement, for the record.</summary>
    Note,
}

/// <summary>A located result of the page check: which rule, which page, what was measured against what limit.</summary>
public sealed record PageFinding(string RuleId, FindingLevel Level, int Page, string Message);
