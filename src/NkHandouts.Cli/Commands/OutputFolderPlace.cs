using NkHandouts.Diagnostics;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// Where an output folder may not be: in the content folder or the templates folder (or be one of them). Outputs
/// there are mixed with what people edit and are read back as inputs: a template folder is hashed whole, so every
/// build would see its own outputs (and lock file) as a changed template.
/// </summary>
internal static class OutputFolderPlace
{
    public static string? Refusal(string outDir, string contentDir, string templatesDir)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        foreach (var (what, dir) in new[] { ("content", contentDir), ("templates", templatesDir) })
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
            if (output == root || IO.ProjectPath.IsInside(root, output))
            {
                return $"--out '{Printable.Escape(outDir)}' is {(output == root ? "the" : "inside the")} {what} folder '{Printable.Escape(dir)}': outputs there would be mixed with the sources and read back as inputs; use a folder outside both, e.g. --out out";
            }
        }

        return null;
    }
}
