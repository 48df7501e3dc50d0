namespace NkHandouts.Serve.Tests;

/// <summary>
/// A content and templates folder of its own for a test class (the tests edit articles on disk): the repository's
/// templates, the glossary, the patient article built as a leaflet and a web page, and small articles built as web
/// pages only (fast): one to edit, one to break, one with HTML in it.
/// </summary>
public sealed class Workspace : IDisposable
{
    public const string Leaflet = "leaflet";
    public const string Edit = "edit";
    public const string Broken = "broken";
    public const string Hostile = "hostile";

    public const string EditText = """
        ---
        title: Washing your hands
        language: en-US
        audience: patients
        reviewBy: 2026-12-19
        templates: [patient-web]
        ---

        Wash your hands with soap and water. Do it before you eat and after you use the toilet. It helps stop germs.

        ## When to wash

        Wash them when they look dirty. Dry them with a clean towel.
        """;

    public const string BrokenText = """
        ---
        title: Taking your tablets
        language: en-US
        audience: patients
        templates: [patient-web]
        ---

        Take one tablet each morning with water. Ask your nurse if you miss one.
        """;

    public const string HostileText = """
        ---
        title: "Tricky <script>alert('title')</script> page"
        language: en-US
        audience: patients
        templates: [patient-web]
        ---

        This text has a script in it. <script>alert('body')</script> It should show as text.

        <img src="x" onerror="alert('img')">

        A [link](javascript:alert('link')) that must not run.
        """;

    private readonly TempDir _dir = new();

    public Workspace()
    {
        Copy(Repo.Templates, Templates);
        Directory.CreateDirectory(Content);
        File.Copy(Path.Combine(Repo.Content, "glossary.yaml"), Path.Combine(Content, "glossary.yaml"));
        var patient = File.ReadAllText(Path.Combine(Repo.Content, "nk-cell-therapy-myths.patient.md"));
        // Two of the four patient templates keep the build short: one leaflet (PNG pages) and the web page.
        // (Any templates: list of its own is replaced.)
        patient = System.Text.RegularExpressions.Regex.Replace(patient, @"(?m)^templates:.*\n", "");
        File.WriteAllText(ArticlePath(Leaflet), patient.Replace("audience: patients\n", "audience: patients\ntemplates: [patient-leaflet, patient-web]\n", StringComparison.Ordinal));
        File.WriteAllText(ArticlePath(Edit), EditText + "\n");
        File.WriteAllText(ArticlePath(Broken), BrokenText + "\n");
        File.WriteAllText(ArticlePath(Hostile), HostileText + "\n");
    }

    public string Root => _dir.Path;

    public string Content => _dir.Combine("content");

    public string Templates => _dir.Combine("templates");

    public string ArticlePath(string slug) => Path.Combine(Content, slug + ".md");

    public ServeOptions Options(int port = 0) => new()
    {
        ContentDir = Content,
        TemplatesDir = Templates,
        Port = port,
        Debounce = TimeSpan.FromMilliseconds(100),
        SourceDateEpoch = "1766102400",
    };

    public static ServePipeline Pipeline() =>
        new(Cli.Renderers.All(), Cli.Renderers.ReadingGate, Cli.Renderers.PageGate(), Cli.Renderers.Verifiers());

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    public void Dispose() => _dir.Dispose();
}
