using System.Text.RegularExpressions;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// NK441 on a machine without LittleCMS: a template whose brand colours have no print value needs it for its print
/// files. The library is hidden from the real executable by binding /dev/null over it in a private mount namespace
/// (root, as in <see cref="HostileCaseTests"/>); on a machine that really lacks it the build runs as it is.
/// </summary>
public sealed class ColourEngineMissingTests
{
    private static readonly string[] Candidates = ["/lib/x86_64-linux-gnu/liblcms2.so.2", "/usr/lib/x86_64-linux-gnu/liblcms2.so.2", "/lib/aarch64-linux-gnu/liblcms2.so.2", "/usr/lib/aarch64-linux-gnu/liblcms2.so.2", "/usr/lib64/liblcms2.so.2"];

    [Fact]
    public void Without_LittleCMS_the_print_files_are_NK441_and_the_screen_files_still_build()
    {
        using var project = new ProjectCopy();
        var template = Path.Combine(project.Templates, "patient-leaflet", "template.yaml");
        var yaml = File.ReadAllText(template);
        File.WriteAllText(template, Regex.Replace(yaml, @", print: ""cmyk\([0-9,]+\)""", ""));
        Assert.NotEqual(yaml, File.ReadAllText(template));

        string[] args = ["build", "--only", "nk-cell-therapy-myths.patient.patient-leaflet.a4*"];
        var library = Candidates.FirstOrDefault(File.Exists);
        (int Exit, string Out, string Err) run;
        if (library is null)
        {
            run = CliProcess.Run(project.Root, null, args);
        }
        else
        {
            if (Environment.UserName != "root")
            {
                Assert.Skip("LittleCMS is installed; hiding it needs root for a private mount namespace (unshare -m), as .ci/run has");
            }

            run = HostileCaseTests.Wrapped(project, ["unshare", "-m", "sh", "-c", $"mount --bind /dev/null {library} && exec \"$@\"", "sh"], args);
        }

        Assert.True(run.Exit == 1, $"exit {run.Exit}\n{run.Out}\n{run.Err}");
        Assert.Matches(@"(?m)^\S*templates/patient-leaflet/template\.yaml: error NK441: LittleCMS \(liblcms2\.so\.2\) is not installed", run.Err);
        Assert.Contains("give every brand colour a print value", run.Err, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(run.Err, "NK441"));
        Assert.Equal(["nk-cell-therapy-myths.patient.patient-leaflet.a4.pdf"], project.Outputs().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Matches(@"(?m)^failed\s+nk-cell-therapy-myths\.patient\.patient-leaflet\.a4\.print\.pdf", run.Out);
    }
}
