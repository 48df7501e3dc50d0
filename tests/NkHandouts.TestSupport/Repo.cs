namespace NkHandouts.Testing;

/// <summary>Paths in the repository, found from the test's working folder so tests run from any clone.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NkHandouts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NkHandouts.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    public static string Path_(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string NkArticle => Path.Combine(Content, "nk-cell-therapy-myths.md");
}
