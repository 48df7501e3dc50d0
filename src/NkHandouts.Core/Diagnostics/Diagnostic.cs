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
        // Paths and messages carry input text (file names, article words): escaped, so each diagnostic stays one line.
        var text = $"{Printable.Escape(Location.ToString())}: {severity} {Code}: {Printable.Escape(Message)}";
        return Hint is null ? text : $"{text}{Environment.NewLine}  hint: {Printable.Escape(Hint)}";
    }
}
