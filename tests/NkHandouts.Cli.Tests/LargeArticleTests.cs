using System.Diagnostics;
using System.Text;

namespace NkHandouts.Cli.Tests;

/// <summary>
/// A 10 MB article, generated here, built in a child process whose peak working set is sampled: it loads, passes the
/// reading check, becomes a Word briefing, and the leaflet is refused at the page limit (NK406) instead of becoming a
/// 2,000-page PDF, all within <see cref="MemoryBound"/>.
/// </summary>
public sealed class LargeArticleTests
{
    /// <summary>Measured 0.74 GB peak RSS on the reference machine (/usr/bin/time -f %M); the bound leaves headroom
    /// for GC timing and still catches anything that holds the article several times over.</summary>
    private const long MemoryBound = 1_536L * 1024 * 1024;

    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_10_MB_article_builds_within_the_memory_bound()
    {
        using var project = new ProjectCopy();
        var path = Path.Combine(project.Content, "big.md");
        var text = new StringBuilder("---\ntitle: A very long article\nlanguage: en-US\naudience: clinicians\ndate: 2025-12-19\ntemplates: [patient-leaflet, clinician-briefing]\n---\n\n");
        for (var i = 1; text.Length < 10 * 1024 * 1024; i++)
        {
            text.Append($"## Section {i}\n\nNK cells are part of the immune system. They find and kill some cancer cells without prior exposure. ")
                .Append("Doctors study how to use them in treatment, often with other therapies.\n\n")
                .Append($"- First point {i}\n- Second point with **bold** and a [link](https://example.org/{i})\n\n> A quote number {i}.\n\n");
        }

        File.WriteAllText(path, text.ToString());

        // Clinician text in the patient leaflet on purpose: the biggest layout job there is.
        var leaflet = Path.Combine(project.Templates, "patient-leaflet", "template.yaml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("audiences: [patients]", "audiences: [patients]\nallowAudiences: [clinicians]", StringComparison.Ordinal));
        Assert.True(new FileInfo(path).Length >= 10 * 1024 * 1024);

        using var p = Process.Start(CliProcess.StartInfo(project.Root, null, project.Args("build", "--only", "big.*")))!;
        var stdout = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!p.HasExited)
        {
            // Not a speed test: a guard, so a step gone quadratic fails here with a reason instead of holding CI for
            // its whole limit (the briefing once took minutes for this article; it takes seconds).
            if (clock.Elapsed > HangLimit)
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail($"the build did not finish in {HangLimit.TotalMinutes} minutes: a step has become far slower than linear in the article's size");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
            try
            {
                p.Refresh();
                peak = Math.Max(peak, p.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the wait and the read
            }
        }

        await p.WaitForExitAsync(TestContext.Current.CancellationToken);
        var (output, error) = (await stdout, await stderr);
        Assert.True(peak > 0, "no memory sample was taken");
        Assert.True(peak < MemoryBound, $"peak working set {peak / (1024 * 1024)} MB is over {MemoryBound / (1024 * 1024)} MB");
        Assert.Equal(1, p.ExitCode);
        Assert.Matches(@"big\.md:1:1: error NK406: the leaflet would have more than 200 pages", error);
        Assert.Contains("built     big.clinician-briefing.docx", output);
        Assert.Null(OutputIntegrity.Problem(Path.Combine(project.Out, "big.clinician-briefing.docx")));
        Assert.DoesNotContain(project.Outputs(), f => f.EndsWith(".pdf", StringComparison.Ordinal));
        TestContext.Current.SendDiagnosticMessage($"10 MB article: peak working set {peak / (1024 * 1024)} MB");
    }
}
