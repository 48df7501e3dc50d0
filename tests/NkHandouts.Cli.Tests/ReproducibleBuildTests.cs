using NkHandouts.Build;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// Whole builds in separate processes under other time zones and cultures give byte-identical outputs, and
/// SOURCE_DATE_EPOCH, not the clock, sets the dates written.
/// </summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public void Builds_are_identical_across_time_zones_and_cultures()
    {
        using var project = new ProjectCopy();
        var environments = new Dictionary<string, Dictionary<string, string>>
        {
            ["utc-invariant"] = new() { ["TZ"] = "UTC", ["LANG"] = "C", ["LC_ALL"] = "C" },
            ["berlin-de"] = new() { ["TZ"] = "Europe/Berlin", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" },
            ["kiritimati-tr"] = new() { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" },
        };
        var hashes = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (name, env) in environments)
        {
            var outDir = Path.Combine(project.Root, "out-" + name);
            var (exit, output, error) = CliProcess.Run(project.Root, env, "build", "--content", project.Content, "--templates", project.Templates, "--out", outDir);
            Assert.True(exit == 0, $"{name}: exit {exit}\n{output}\n{error}");
            hashes[name] = project.Outputs(outDir).ToDictionary(f => f, f => InputHasher.File(Path.Combine(outDir, f)));
        }

        var reference = hashes["utc-invariant"];
        Assert.Contains(reference.Keys, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(reference.Keys, f => f.EndsWith(".docx", StringComparison.Ordinal));
        foreach (var (name, files) in hashes)
        {
            Assert.Equal(reference.Keys.Order(), files.Keys.Order());
            foreach (var (file, hash) in reference)
            {
                Assert.True(hash == files[file], $"{file} differs between utc-invariant and {name}");
            }
        }
    }

    [Fact]
    public void Source_date_epoch_changes_the_dates_and_nothing_else_reads_the_clock()
    {
        using var project = new ProjectCopy();
        var a = Path.Combine(project.Root, "out-a");
        var b = Path.Combine(project.Root, "out-b");
        var env = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1767225600" }; // 2026-01-01
        Assert.Equal(0, CliProcess.Run(project.Root, env, "build", "--content", project.Content, "--templates", project.Templates, "--out", a, "--only", "*.a4.pdf").Exit);
        Thread.Sleep(1100); // a clock-dependent date would now differ by a second
        Assert.Equal(0, CliProcess.Run(project.Root, env, "build", "--content", project.Content, "--templates", project.Templates, "--out", b, "--only", "*.a4.pdf").Exit);
        var pdf = project.Outputs(a).First(f => f.EndsWith(".a4.pdf", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, pdf)), File.ReadAllBytes(Path.Combine(b, pdf)));
        Assert.Contains("D:20260101", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(a, pdf))));
    }
}
