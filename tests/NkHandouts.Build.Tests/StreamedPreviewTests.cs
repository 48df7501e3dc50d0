using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Build.Tests;

/// <summary>
/// Previews reach the build page by page through <see cref="IExtraFileSink"/> (issue 19: a long document's PNGs were
/// all held until the end). They are staged beside their destination and moved into place only with the output:
/// while rendering and after a failed build, the previous previews are what a user finds, and no staged file is left.
/// </summary>
public sealed class StreamedPreviewTests
{
    private const string Output = "a.leaflet.a4.txt";

    private static BuildReport Build(Sandbox box, FakeRenderer renderer, IOutputVerifier? verifier = null, bool force = false) =>
        new BuildRunner([renderer], null, verifiers: verifier is null ? null : [verifier]).Run(box.Options() with { Previews = true, Force = force });

    [Fact]
    public void Streamed_previews_are_written_and_recorded_with_their_hashes()
    {
        using var box = new Sandbox("a");
        var report = Build(box, new FakeRenderer { StreamPreviews = true });
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Built, j.Status));
        var recorded = Manifest.Load(box.Out).Entries[Output].ExtraFiles;
        Assert.Equal([$"{Output}.previews/page-1.png", $"{Output}.previews/page-2.png"], recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, hash) in recorded)
        {
            Assert.Equal(hash, InputHasher.File(box.OutFile(name)));
        }

        Assert.Empty(Directory.EnumerateFiles(box.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));

        // Nothing changed: the next build keeps every file as it is (no rewrite, same file times).
        var before = File.GetLastWriteTimeUtc(box.OutFile($"{Output}.previews/page-1.png"));
        Thread.Sleep(20);
        Build(box, new FakeRenderer { StreamPreviews = true }, force: true);
        Assert.Equal(before, File.GetLastWriteTimeUtc(box.OutFile($"{Output}.previews/page-1.png")));
    }

    [Fact]
    public void While_rendering_the_previous_previews_are_still_in_place()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer { StreamPreviews = true });
        var previous = File.ReadAllBytes(box.OutFile($"{Output}.previews/page-1.png"));
        box.Article("a", "Title changed");

        var seen = 0;
        Build(box, new FakeRenderer
        {
            StreamPreviews = true,
            AfterPreviews = plan =>
            {
                if (plan.FileName == Output)
                {
                    // Both new pages were handed over, yet the user still sees the old preview, complete.
                    Assert.Equal(previous, File.ReadAllBytes(box.OutFile($"{Output}.previews/page-1.png")));
                    Assert.Equal(2, Directory.EnumerateFiles(box.OutFile($"{Output}.previews"), "*" + AtomicFile.TempSuffix).Count());
                    Interlocked.Increment(ref seen);
                }
            },
        });

        Assert.Equal(1, seen);
        Assert.Contains("Title changed", File.ReadAllText(box.OutFile($"{Output}.previews/page-1.png")));
    }

    [Fact]
    public void A_failed_output_keeps_the_previous_previews_and_leaves_no_staged_file()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer { StreamPreviews = true, Claims = ["PDF/UA-1"] });
        var folder = box.OutFile($"{Output}.previews");
        var previous = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        // The new output fails its claim after its previews were streamed: nothing of it may replace the old files.
        box.Article("a", "Title rejected");
        var report = Build(box, new FakeRenderer { StreamPreviews = true, Claims = ["PDF/UA-1"] }, new RejectingVerifier("rejected"));
        Assert.Equal(JobStatus.Failed, report.Jobs.Single(j => j.FileName == Output).Status);
        Assert.Equal(previous, Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        Assert.Empty(Directory.EnumerateFiles(box.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void A_first_build_that_fails_leaves_no_preview_folder()
    {
        using var box = new Sandbox("a");
        Build(box, new FakeRenderer { StreamPreviews = true, Claims = ["PDF/UA-1"] }, new RejectingVerifier("Title a"));
        Assert.False(Directory.Exists(box.OutFile($"{Output}.previews")));
        Assert.False(File.Exists(box.OutFile(Output)));
    }

    private sealed class RejectingVerifier(string rejectIfContains) : IOutputVerifier
    {
        public string Claim => "PDF/UA-1";

        public IReadOnlyList<Diagnostic> Verify(string fileName, FinishedOutput output) =>
            Encoding.UTF8.GetString(output.ReadAllBytes()).Contains(rejectIfContains, StringComparison.Ordinal)
                ? [new Diagnostic(Severity.Error, DiagnosticCodes.OutputNonConforming, SourceLocation.FileOnly(fileName), "fails 13-004")]
                : [];
    }
}
