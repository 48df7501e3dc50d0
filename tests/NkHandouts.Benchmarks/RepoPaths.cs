namespace NkHandouts.Benchmarks;

/// <summary>The repository the benchmarks run in (found from the binary's folder upwards), and its sample files.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        // The binary's folder first (dotnet run), then the working directory (a published copy run from the repo).
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NkHandouts.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository (NkHandouts.sln not found)");
    });

    public static string Root => RootPath.Value;

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string NkArticle => Path.Combine(Content, "nk-cell-therapy-myths.md");

    /// <summary>Writes the NK article with its body repeated <paramref name="copies"/> times (headings renamed per
    /// copy so anchors stay unique) to a temporary file and returns its path.</summary>
    public static string RepeatedArticle(int copies, string name)
    {
        var source = File.ReadAllText(NkArticle);
        var end = source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var text = new System.Text.StringBuilder(source[..end]);
        for (var copy = 1; copy <= copies; copy++)
        {
            text.Append('\n').Append(source[end..].Replace("## ", $"## Part {copy}: ", StringComparison.Ordinal));
        }

        var dir = Path.Combine(Path.GetTempPath(), "nkh-bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
