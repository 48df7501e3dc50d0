namespace NkHandouts.Cli.Tests;

/// <summary>The build command end to end, in-process, on a copy of the real content.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Builds_every_handout_and_a_second_run_rewrites_nothing()
    {
        using var project = new ProjectCopy();
        var (exit, output, error) = CliRunner.Run(project.Args("build"));
        Assert.True(exit == 0, output + error);
        Assert.Contains("manifest.json", project.Outputs());
        var times = project.Outputs().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(project.Out, f)));

        var (exit2, output2, _) = CliRunner.Run(project.Args("build"));
        Assert.Equal(0, exit2);
        Assert.Contains(" 0 built", output2);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(Path.Combine(project.Out, t.Key))));
    }

    [Fact]
    public void A_broken_article_exits_1_and_names_its_location()
    {
        using var project = new ProjectCopy();
        File.WriteAllText(Path.Combine(project.Content, "broken.md"), "---\ntitle: Broken\nlanguage: en-US\n---\nBody\n");
        var (exit, _, error) = CliRunner.Run(project.Args("build"));
        Assert.Equal(1, exit);
        Assert.Contains("broken.md:2:1: error NK104", error);
    }

    [Fact]
    public void A_bad_shard_is_a_usage_error()
    {
        using var project = new ProjectCopy();
        var (exit, _, error) = CliRunner.Run(project.Args("build", "--shard", "3/2"));
        Assert.Equal(2, exit);
        Assert.Contains("--shard", error);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_exits_2_naming_it()
    {
        using var project = new ProjectCopy();
        var blocker = Path.Combine(project.Root, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var (exit, _, error) = CliRunner.Run("build", "--content", project.Content, "--templates", project.Templates, "--out", Path.Combine(blocker, "out"));
        Assert.Equal(2, exit);
        // A file where a folder should be: a write failure of its own (NK906), naming the folder and the OS reason.
        Assert.Matches(@"a-file/out: error NK906: cannot write '.*a-file/out': an I/O error .*OS: ", error);
    }

    [Fact]
    public void A_locked_output_folder_exits_2()
    {
        using var project = new ProjectCopy();
        using var held = NkHandouts.Build.BuildLock.TryAcquire(project.Out, TimeSpan.Zero);
        var (exit, _, error) = CliRunner.Run([.. project.Args("build"), "--lock-wait", "0.2"]);
        Assert.Equal(2, exit);
        Assert.Contains("NK901", error);
    }
}
