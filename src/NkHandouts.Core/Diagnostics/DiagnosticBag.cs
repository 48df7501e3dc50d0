namespace NkHandouts.Diagnostics;

/// <summary>Collects diagnostics while a file is loaded, so one run reports every problem, not only the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, at, message, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, at, message, hint));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
