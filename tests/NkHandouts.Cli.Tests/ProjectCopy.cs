namespace NkHandouts.Cli.Tests;

/// <summary>A copy of the repository's content/ and templates/ in a temp folder, so tests can change and break them.</summary>
internal sealed class ProjectCopy : IDisposable
{
    private readonly TempDir _dir = new();

    public ProjectCopy()
    {
        Copy(Repo.Content, Content);
        Copy(Repo.Templates, Templates);
    }

    public string Root => _dir.Path;
    public string Content => _dir.Combine("content");
    public string Templates => _dir.Combine("templates");
    public string Out => _dir.Combine("out");

    public string[] Args(params string[] command) => [.. command, "--content", Content, "--templates", Templates, "--out", Out];

    /// <summary>Output files a user would open (no lock, no temp files), relative to the output folder.</summary>
    public IReadOnlyList<string> Outputs(string? outDir = null) =>
        Directory.Exists(outDir ?? Out)
            ? Directory.GetFiles(outDir ?? Out, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outDir ?? Out, f))
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _dir.Dispose();
}
