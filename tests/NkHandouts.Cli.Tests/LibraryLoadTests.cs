namespace NkHandouts.Cli.Tests;

/// <summary>
/// A build that makes no Word briefing never loads the Open XML SDK (issue 19, item 3: its assemblies, JIT code and
/// metadata cost ~15 MB of a long leaflet's peak). The real executable runs in a child process with a startup hook
/// (<see cref="StartupHook"/>) that lists the assemblies it loaded; building the briefing is the control that shows
/// the hook sees the SDK when it is loaded.
/// </summary>
public sealed class LibraryLoadTests
{
    private const string OpenXml = "DocumentFormat.OpenXml";

    private static IReadOnlyList<string> LoadedBy(ProjectCopy project, params string[] args)
    {
        var list = Path.Combine(project.Root, "loaded.txt");
        var env = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            [StartupHook.FileVariable] = list,
        };
        var (exit, output, error) = CliProcess.Run(project.Root, env, args);
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.True(File.Exists(list), $"the startup hook wrote no list\n{error}");
        return File.ReadAllLines(list);
    }

    [Fact]
    public void Building_only_a_leaflet_does_not_load_the_Open_XML_SDK()
    {
        using var project = new ProjectCopy();
        var loaded = LoadedBy(project, "build", "--only", "nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf");
        Assert.Equal(["nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf"], project.Outputs().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains("NkHandouts.Pdf", loaded);
        Assert.DoesNotContain(OpenXml, loaded);
    }

    [Fact]
    public void Building_the_briefing_loads_it()
    {
        using var project = new ProjectCopy();
        var loaded = LoadedBy(project, "build", "--only", "*.docx");
        Assert.Contains(project.Outputs(), f => f.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(OpenXml, loaded);
    }
}
