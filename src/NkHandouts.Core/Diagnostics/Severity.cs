namespace NkHandouts.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
