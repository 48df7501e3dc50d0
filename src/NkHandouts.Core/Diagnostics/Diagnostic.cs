namespace NkHandouts.Diagnostics;

/// <summary>
/// One finding about an input file, printed as <c>path:line:col: error|warning|note CODE: message</c>
/// followed by a hint saying how to fix it. Codes are catalogued in docs/errors.md.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>A warning, which <c>--fail-on warning</c> fails on; a note is neither error nor warning.</summary>
    public bool IsWarning => Severity == Severity.Warning;

    /// <summary>"error", "warning" or "note", as printed.</summary>
    public string SeverityName => Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    public override string ToString()
    {
        // Paths and messages carry input text (file names, article words): escaped, so each diagnostic stays one line.
        var text = $"{Printable.Escape(Location.ToString())}: {SeverityName} {Code}: {Printable.Escape(Message)}";
        return Hint is null ? text : $"{text}{Environment.NewLine}  hint: {Printable.Escape(Hint)}";
    }
}
