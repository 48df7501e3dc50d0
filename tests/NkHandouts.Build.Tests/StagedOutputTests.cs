using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Build.Tests;

/// <summary>The output a job builds is written to a hidden file beside its destination, checked from there, and put in
/// place only when it passed: never held whole in memory, never half-written where a user would print it.</summary>
public sealed class StagedOutputTests
{
    private static string[] Temps(string folder) => Directory.GetFiles(folder, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories);

    [Fact]
    public void Commit_puts_the_bytes_in_place_and_leaves_no_temporary_file()
    {
        using var dir = new TempDir();
        var target = dir.Combine("out/a.pdf");
        using (var staged = new StagedOutput(target))
        {
            staged.Destination.Write("%PDF-1.7 new"u8);
            staged.Destination.Dispose(); // a renderer that closes its stream does not close the file
            var finished = staged.Finish();
            Assert.Equal(12, finished.Length);
            Assert.Equal("%PDF-1.7 new"u8.ToArray(), finished.ReadAllBytes());
            Assert.False(File.Exists(target));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("%PDF-1.7 new"u8)), staged.Sha256());
            staged.Commit(flushToDisk: true);
        }

        Assert.Equal("%PDF-1.7 new", File.ReadAllText(target));
        Assert.Empty(Temps(dir.Combine("out")));
    }

    [Fact]
    public void Disposed_without_commit_it_leaves_the_previous_file_and_no_temporary_file()
    {
        using var dir = new TempDir();
        var target = dir.File("out/a.pdf", "previous");
        using (var staged = new StagedOutput(target))
        {
            staged.Destination.Write("half a fi"u8);
            Assert.Single(Temps(dir.Combine("out")));
        }

        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Empty(Temps(dir.Combine("out")));
    }

    [Fact]
    public void The_same_bytes_keep_the_previous_file_and_its_time()
    {
        using var dir = new TempDir();
        var target = dir.File("out/a.pdf", "same bytes");
        var time = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(target, time);
        using (var staged = new StagedOutput(target))
        {
            staged.Destination.Write("same bytes"u8);
            staged.Finish();
            staged.Commit(flushToDisk: false);
        }

        Assert.Equal(time, File.GetLastWriteTimeUtc(target));
        Assert.Empty(Temps(dir.Combine("out")));

        // One byte different, same length: replaced.
        using (var staged = new StagedOutput(target))
        {
            staged.Destination.Write("same bytez"u8);
            staged.Finish();
            staged.Commit(flushToDisk: false);
        }

        Assert.Equal("same bytez", File.ReadAllText(target));
    }

    /// <summary>The checks read what the renderer wrote, from the staged file, before it replaces anything; a file that
    /// fails them leaves nothing behind.</summary>
    [Fact]
    public void Checks_read_the_staged_file_and_a_refused_output_leaves_no_temporary_file()
    {
        using var box = new Sandbox("a");
        new BuildRunner([new FakeRenderer()], null).Run(box.Options());
        var before = File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt"));

        box.Article("a", "Broken title");
        var seen = new List<(string Text, bool TargetChanged, int Temps)>();
        var verifier = new RecordingVerifier(output => seen.Add((Encoding.UTF8.GetString(output.ReadAllBytes()),
            !File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")).AsSpan().SequenceEqual(before), Temps(box.Out).Length)));
        var report = new BuildRunner([new FakeRenderer { Claims = ["PDF/UA-1"] }], null, verifiers: [verifier]).Run(box.Options());

        Assert.True(report.HasErrors);
        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.Contains("Broken title", s.Text, StringComparison.Ordinal));
        Assert.All(seen, s => Assert.False(s.TargetChanged));
        Assert.All(seen, s => Assert.True(s.Temps >= 1, "checked while staged beside the output"));
        Assert.Equal(before, File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")));
        Assert.Empty(Temps(box.Out));
    }

    private sealed class RecordingVerifier(Action<FinishedOutput> record) : IOutputVerifier
    {
        public string Claim => "PDF/UA-1";

        public IReadOnlyList<Diagnostic> Verify(string fileName, FinishedOutput output)
        {
            lock (this)
            {
                record(output);
            }

            return [new Diagnostic(Severity.Error, DiagnosticCodes.OutputNonConforming, SourceLocation.FileOnly(fileName), "fails 13-004")];
        }
    }
}
