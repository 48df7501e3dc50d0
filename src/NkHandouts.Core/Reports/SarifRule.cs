namespace NkHandouts.Reports;

/// <summary>A rule in a SARIF driver. <paramref name="Name"/> and <paramref name="Reference"/> are written only when
/// given (the verifier's rules cite a standard clause; the reading and page rules have a short name).</summary>
public sealed record SarifRule(string Id, string Description, string? Name = null, string? Reference = null);
