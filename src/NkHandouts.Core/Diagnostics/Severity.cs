namespace NkHandouts.Diagnostics;

public enum Severity
{
    Warning,
    Error,

    /// <summary>A finding worth seeing that by the project's own rules stops nothing and is not a warning: a page
    /// limit of a report-only policy. <c>--fail-on warning</c> does not fail on it; CI shows it as a notice.</summary>
    Note,
}
