using NkHandouts.Diagnostics;

namespace NkHandouts.Cli;

/// <summary>Prints diagnostics to standard error in the compiler format editors and CI logs understand.</summary>
public static class DiagnosticPrinter
{
    public static void Print(CliContext context, IEnumerable<Diagnostic> diagnostics)
    {
        // Distinct: a finding about an article (a wide table, a review date) may come from each of its outputs.
        foreach (var d in diagnostics.Select(AsGiven).Distinct().OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column))
        {
            context.Error.WriteLine(d.ToString());
        }
    }

    /// <summary>A location under the current folder is printed relative to it, as the user gave the folders: a
    /// template asset or an article resolved to its absolute path reads like every other diagnostic (and an editor
    /// opens it from the terminal the same way).</summary>
    private static Diagnostic AsGiven(Diagnostic d)
    {
        var path = d.Location.Path;
        if (!Path.IsPathRooted(path))
        {
            return d;
        }

        var here = Environment.CurrentDirectory;
        return IO.ProjectPath.IsInside(here, Path.GetFullPath(path))
            ? d with { Location = d.Location with { Path = Path.GetRelativePath(here, path).Replace('\\', '/') } }
            : d;
    }

    public static string Summary(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list.Count(d => d.IsError);
        var warnings = list.Count(d => d.IsWarning);
        var notes = list.Count - errors - warnings;
        var text = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
        return notes == 0 ? text : $"{text}, {notes} note{(notes == 1 ? "" : "s")}";
    }
}
