namespace NkHandouts.Reports;

/// <summary>One SARIF result. Text sources have a line and column (<paramref name="Region"/>); PDFs have none, so a
/// page or structure path goes in a logical location instead.</summary>
public sealed record SarifResult(string RuleId, SarifLevel Level, string Message, string Uri, (int Line, int Column)? Region = null, SarifLogicalLocation? Logical = null);

/// <summary>A logical location: <paramref name="Name"/> with <paramref name="Kind"/> (e.g. "page 2", "page"), or a
/// <paramref name="FullyQualifiedName"/> (a page and structure path).</summary>
public sealed record SarifLogicalLocation(string? Name = null, string? Kind = null, string? FullyQualifiedName = null);

/// <summary>SARIF's result levels (code scanning shows error, warning and note differently).</summary>
public enum SarifLevel
{
    Error,
    Warning,
    Note,
}
