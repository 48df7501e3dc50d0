namespace NkHandouts.Build.Tests;

/// <summary>A content + templates + out folder in a temp directory.</summary>
internal sealed class Sandbox : IDisposable
{
    private readonly TempDir _dir = new();

    public Sandbox(params string[] slugs)
    {
        foreach (var slug in slugs)
        {
            Article(slug, $"Title {slug}");
        }

        _dir.File("templates/leaflet/template.yaml", "output: fake-text\naudiences: [patients]\nfake:\n  greeting: hello\n");
    }

    public string Content => _dir.Combine("content");
    public string Templates => _dir.Combine("templates");
    public string Out => _dir.Combine("out");

    public string Article(string slug, string title, string body = "Some body text.") =>
        _dir.File($"content/{slug}.md", $"---\ntitle: {title}\nlanguage: en-US\naudience: patients\ndate: 2025-12-19\n---\n\n{body}\n");

    public BuildOptions Options(string? outDir = null) => new()
    {
        ContentDir = Content,
        TemplatesDir = Templates,
        OutDir = outDir ?? Out,
        SourceDateEpoch = "",
        LockWait = TimeSpan.FromMilliseconds(300),
    };

    public string OutFile(string name) => Path.Combine(Out, name);

    public void Dispose() => _dir.Dispose();
}
