using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Build.Tests;

public sealed class BuildRunnerTests
{
    private static BuildReport Build(Sandbox box, FakeRenderer renderer, BuildOptions? options = null, IReadingGate? gate = null) =>
        new BuildRunner([renderer], gate).Run(options ?? box.Options());

    [Fact]
    public void Builds_every_planned_output_and_a_manifest()
    {
        using var box = new Sandbox("a", "b");
        var report = Build(box, new FakeRenderer());
        Assert.Equal(4, report.Jobs.Count);
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));
        Assert.True(File.Exists(box.OutFile("a.leaflet.a4.txt")));
        Assert.True(File.Exists(box.OutFile("b.leaflet.letter.txt")));
        var manifest = Manifest.Load(box.Out);
        Assert.Equal(4, manifest.Entries.Count);
        Assert.Equal(InputHasher.File(box.OutFile("a.leaflet.a4.txt")), manifest.Entries["a.leaflet.a4.txt"].Sha256);
    }

    [Fact]
    public void A_renderer_registered_here_builds_with_its_own_template_section()
    {
        // Core, Build and the CLI have never heard of output: fake-text; its renderer declares it and reads 'fake:'.
        using var box = new Sandbox("a");
        var report = Build(box, new FakeRenderer());
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));
        Assert.EndsWith("|hello", File.ReadAllText(box.OutFile("a.leaflet.a4.txt")));

        File.AppendAllText(Path.Combine(box.Templates, "leaflet", "template.yaml"), "  greting: typo\n");
        var failed = Build(box, new FakeRenderer());
        var error = Assert.Single(failed.Diagnostics, d => d.IsError);
        Assert.Equal(Diagnostics.DiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal((5, 3), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Two_builds_are_byte_identical_including_the_manifest()
    {
        using var box = new Sandbox("a", "b");
        Build(box, new FakeRenderer(), box.Options(box.Out + "1"));
        Build(box, new FakeRenderer(), box.Options(box.Out + "2"));
        foreach (var file in Directory.GetFiles(box.Out + "1").Select(Path.GetFileName).Where(f => !f!.StartsWith('.')))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(box.Out + "1", file!)), File.ReadAllBytes(Path.Combine(box.Out + "2", file!)));
        }
    }

    [Fact]
    public void A_second_build_renders_and_rewrites_nothing()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer());
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var f in Directory.GetFiles(box.Out))
        {
            File.SetLastWriteTimeUtc(f, old);
        }

        var renderer = new FakeRenderer();
        var report = Build(box, renderer);
        Assert.Equal(0, renderer.Renders);
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Unchanged, j.Status));
        Assert.All(Directory.GetFiles(box.Out).Where(f => !Path.GetFileName(f).StartsWith('.')), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_forced_build_leaves_identical_long_files_alone_and_rewrites_one_that_differs_only_in_its_last_byte()
    {
        using var box = new Sandbox("a");
        var forced = box.Options() with { Force = true };
        Build(box, new FakeRenderer { PadTo = 300_000 });
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var outputs = Directory.GetFiles(box.Out, "*.txt");
        Assert.NotEmpty(outputs);
        foreach (var f in outputs)
        {
            File.SetLastWriteTimeUtc(f, old);
        }

        // Rendered again, the same bytes: compared block by block and not rewritten.
        var same = new FakeRenderer { PadTo = 300_000 };
        Build(box, same, forced);
        Assert.True(same.Renders > 0);
        Assert.All(outputs, f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));

        // The same length, one byte different in the last block: written.
        Build(box, new FakeRenderer { PadTo = 300_000, LastByte = (byte)'!' }, forced);
        Assert.All(outputs, f =>
        {
            Assert.NotEqual(old, File.GetLastWriteTimeUtc(f));
            var bytes = File.ReadAllBytes(f);
            Assert.Equal(300_000, bytes.Length);
            Assert.Equal((byte)'!', bytes[^1]);
        });
    }

    [Fact]
    public void Changing_an_article_rebuilds_only_its_outputs()
    {
        using var box = new Sandbox("a", "b");
        Build(box, new FakeRenderer());
        box.Article("a", "New title");
        var report = Build(box, new FakeRenderer());
        Assert.Equal(["a.leaflet.a4.txt", "a.leaflet.letter.txt"], report.Jobs.Where(j => j.Status == JobStatus.Built).Select(j => j.FileName));
    }

    [Fact]
    public void Force_rebuilds_everything()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer());
        var renderer = new FakeRenderer();
        Build(box, renderer, box.Options() with { Force = true });
        Assert.Equal(2, renderer.Renders);
    }

    [Fact]
    public void A_deleted_or_tampered_output_is_rebuilt()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer());
        File.WriteAllText(box.OutFile("a.leaflet.a4.txt"), "tampered");
        var report = Build(box, new FakeRenderer());
        Assert.Equal(JobStatus.Built, report.Jobs.Single(j => j.FileName == "a.leaflet.a4.txt").Status);
        Assert.StartsWith("Title a", File.ReadAllText(box.OutFile("a.leaflet.a4.txt")));
    }

    [Fact]
    public void A_failing_job_keeps_its_previous_output_and_the_others_are_written()
    {
        using var box = new Sandbox("a", "b");
        Build(box, new FakeRenderer());
        var before = File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt"));
        box.Article("a", "Changed");
        box.Article("b", "Changed too");
        var renderer = new FakeRenderer();
        renderer.FailFor.Add("a");
        var report = Build(box, renderer);
        Assert.True(report.HasErrors);
        Assert.Equal(2, report.Jobs.Count(j => j.Status == JobStatus.Failed));
        Assert.All(report.Jobs.Where(j => j.Status == JobStatus.Failed), j => Assert.Contains(j.Diagnostics, d => d.Code == NkHandouts.Diagnostics.DiagnosticCodes.RenderFailed && d.Location.Path.EndsWith("a.md", StringComparison.Ordinal)));
        Assert.Equal(before, File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")));
        Assert.StartsWith("Changed too", File.ReadAllText(box.OutFile("b.leaflet.a4.txt")));
        Assert.Empty(Directory.GetFiles(box.Out, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void A_broken_article_breaks_only_itself()
    {
        using var box = new Sandbox("a", "b");
        Build(box, new FakeRenderer());
        var before = File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt"));
        File.WriteAllText(Path.Combine(box.Content, "a.md"), "---\ntitle: [broken\n---\nBody\n");
        box.Article("b", "Still fine");
        var report = Build(box, new FakeRenderer());
        Assert.True(report.HasErrors);
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("a.md", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")));
        Assert.StartsWith("Still fine", File.ReadAllText(box.OutFile("b.leaflet.a4.txt")));
    }

    [Fact]
    public void A_second_build_on_a_locked_folder_refuses()
    {
        using var box = new Sandbox("a");
        using var held = BuildLock.TryAcquire(box.Out, TimeSpan.Zero);
        Assert.NotNull(held);
        Assert.Throws<BuildLockedException>(() => Build(box, new FakeRenderer()));
    }

    [Fact]
    public void The_lock_is_released_after_a_build()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer());
        using var again = BuildLock.TryAcquire(box.Out, TimeSpan.Zero);
        Assert.NotNull(again);
    }

    [Fact]
    public void Leftover_temp_files_are_removed()
    {
        using var box = new Sandbox("a");
        Directory.CreateDirectory(box.Out);
        File.WriteAllText(Path.Combine(box.Out, ".a.leaflet.a4.txt.123" + AtomicFile.TempSuffix), "half");
        var report = Build(box, new FakeRenderer());
        Assert.Equal(1, report.LeftoversRemoved);
        Assert.Empty(Directory.GetFiles(box.Out, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void Shards_cover_every_job_exactly_once()
    {
        using var box = new Sandbox("a", "b", "c", "d", "e", "f");
        var all = Build(box, new FakeRenderer(), box.Options(box.Out + "all")).Jobs.Select(j => j.FileName).ToList();
        var sharded = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            sharded.AddRange(Build(box, new FakeRenderer(), box.Options(box.Out + i) with { Shard = new Shard(i, 3) }).Jobs.Select(j => j.FileName));
        }

        Assert.Equal(all.Order(), sharded.Order());
        Assert.Equal(sharded.Count, sharded.Distinct().Count());
    }

    [Fact]
    public void Only_filters_by_file_name_glob()
    {
        using var box = new Sandbox("a", "b");
        var report = Build(box, new FakeRenderer(), box.Options() with { Only = "*.letter.txt" });
        Assert.Equal(["a.leaflet.letter.txt", "b.leaflet.letter.txt"], report.Jobs.Select(j => j.FileName));
    }

    [Fact]
    public void Parallel_and_serial_builds_are_identical()
    {
        using var box = new Sandbox("a", "b", "c", "d");
        Build(box, new FakeRenderer(), box.Options(box.Out + "s") with { MaxParallelism = 1 });
        Build(box, new FakeRenderer(), box.Options(box.Out + "p") with { MaxParallelism = 4 });
        Assert.Equal(File.ReadAllBytes(Path.Combine(box.Out + "s", Manifest.FileName)), File.ReadAllBytes(Path.Combine(box.Out + "p", Manifest.FileName)));
    }

    [Fact]
    public void An_enforced_reading_policy_that_fails_stops_the_output()
    {
        using var box = new Sandbox("a");
        var report = Build(box, new FakeRenderer(), gate: new FixedGate("fail"));
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Failed, j.Status));
        Assert.Contains("reading level", report.Jobs[0].Message);
        Assert.False(File.Exists(box.OutFile("a.leaflet.a4.txt")));
    }

    [Fact]
    public void Source_date_epoch_is_the_date_written()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer(), box.Options() with { SourceDateEpoch = "86400" });
        Assert.Contains("1970-01-02T00:00:00.0000000+00:00", File.ReadAllText(box.OutFile("a.leaflet.a4.txt")));
    }

    [Fact]
    public void Previews_are_written_and_recorded()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer(), box.Options() with { Previews = true });
        Assert.True(File.Exists(box.OutFile("a.leaflet.a4.txt.previews/page-1.png")));
        Assert.Single(Manifest.Load(box.Out).Entries["a.leaflet.a4.txt"].ExtraFiles);
    }

    /// <summary>A policy's warnings are printed as warnings at the place the gate gives (the article when it gives
    /// none), once per finding and article however many templates and sizes warn, naming each template.</summary>
    [Fact]
    public void Reading_warnings_are_located_diagnostics_once_per_article_naming_the_templates()
    {
        using var box = new Sandbox("a");
        Directory.CreateDirectory(Path.Combine(box.Templates, "leaflet2"));
        File.WriteAllText(Path.Combine(box.Templates, "leaflet2", "template.yaml"), "output: fake-text\naudiences: [patients]\n");
        var sentence = new SourceLocation(Path.Combine(box.Content, "a.md"), 8, 3);
        var gate = new WarningGate([new GateFinding("NK303", "sentence of 31 words (limit 20): \"Some body\"", "split long sentences") { At = sentence }, new GateFinding("NK301", "consensus grade 7 is above the target 6", "shorten")]);

        var report = Build(box, new FakeRenderer(), gate: gate);

        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));
        Assert.Equal(4, report.Jobs.Count); // two templates, two sizes each
        var warnings = report.Diagnostics.Where(d => d.Code is "NK301" or "NK303").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        var atSentence = Assert.Single(warnings, w => w.Code == "NK303");
        Assert.Equal(sentence, atSentence.Location);
        Assert.Equal("reading level: sentence of 31 words (limit 20): \"Some body\" (a warning of the patients policy of 'leaflet' and 'leaflet2'; it does not stop the outputs)", atSentence.Message);
        var atArticle = Assert.Single(warnings, w => w.Code == "NK301").Location;
        Assert.Equal(Path.GetFullPath(Path.Combine(box.Content, "a.md")), Path.GetFullPath(atArticle.Path));
        Assert.Equal(0, atArticle.Line);
        Assert.True(report.HasWarnings);
        Assert.False(report.HasErrors);
    }

    private sealed class WarningGate(IReadOnlyList<GateFinding> warnings) : IReadingGate
    {
        public ReadingOutcome Evaluate(Article article, ReadingPolicy policy) => new(7, "warn", ["warned"]) { Warnings = warnings };
    }

    private sealed class FixedGate(string verdict) : IReadingGate
    {
        public ReadingOutcome Evaluate(Article article, ReadingPolicy policy) => new(12.5, verdict, ["grade 12.5 is above 8"]);
    }
}
