namespace NkHandouts.Diagnostics;

/// <summary>
/// One finding about an input file, printed as <c>path:line:col: error|warning CODE: message</c>
/// followed by a hint saying how to fix it. Codes are catalogued in docs/errors.md.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}{Environment.NewLine}  hint: {Hint}";
    }
}
