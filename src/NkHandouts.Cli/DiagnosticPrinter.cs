using NkHandouts.Diagnostics;

namespace NkHandouts.Cli;

/// <summary>Prints diagnostics to standard error in the compiler format editors and CI logs understand.</summary>
public static class DiagnosticPrinter
{
    public static void Print(CliContext context, IEnumerable<Diagnostic> diagnostics)
    {
        // Distinct: a finding about an article (a wide table, a review date) may come from each of its outputs.
        foreach (var d in diagnostics.Distinct().OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column))
        {
            context.Error.WriteLine(d.ToString());
        }
    }

    public static string Summary(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list.Count(d => d.IsError);
        var warnings = list.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
