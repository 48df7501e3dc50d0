using System.Diagnostics;
using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// Kills a build with SIGKILL at random moments while it writes several outputs, then checks that every file a
/// user could open is complete (old or new), and that the next build cleans up and finishes.
/// </summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public void Killing_a_build_never_leaves_a_broken_output()
    {
        using var project = new ProjectCopy();
        var patient = Path.Combine(project.Content, "nk-cell-therapy-myths.patient.md");
        for (var i = 1; i <= 3; i++)
        {
            File.Copy(patient, Path.Combine(project.Content, $"copy-{i}.md"));
        }

        var first = CliProcess.Run(project.Root, null, project.Args("build"));
        Assert.True(first.Exit is 0 or 1, first.Err);
        var random = new Random();
        var delays = new List<int>();
        for (var round = 0; round < 6; round++)
        {
            var delay = random.Next(150, 2500);
            delays.Add(delay);
            using var p = Process.Start(CliProcess.StartInfo(project.Root, null, project.Args("build", "--force")))!;
            Thread.Sleep(delay);
            if (!p.HasExited)
            {
                p.Kill(); // SIGKILL on Unix: no finally blocks, no flushing
            }

            p.WaitForExit();
            foreach (var file in project.Outputs())
            {
                var problem = OutputIntegrity.Problem(Path.Combine(project.Out, file));
                Assert.True(problem is null, $"{file}: {problem} (kill delays so far: {string.Join(", ", delays)} ms)");
            }
        }

        var final = CliProcess.Run(project.Root, null, project.Args("build"));
        Assert.True(final.Exit is 0 or 1, final.Err);
        Assert.Empty(Directory.GetFiles(project.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
        Assert.All(project.Outputs(), f => Assert.Null(OutputIntegrity.Problem(Path.Combine(project.Out, f))));
    }
}
