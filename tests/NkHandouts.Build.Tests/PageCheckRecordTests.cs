using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Build.Tests;

/// <summary>The page verdict travels with an unchanged output in the manifest: an unchanged build reads no file
/// back (the preview server rebuilds on every save), yet its summary still shows every verdict.</summary>
public sealed class PageCheckRecordTests
{
    [Fact]
    public void An_unchanged_output_shows_its_recorded_verdict_without_being_read_again()
    {
        using var box = new Sandbox("a");
        var first = new CountingGate("checker-1");
        new BuildRunner([new FakeRenderer()], null, pages: first).Run(box.Options());
        Assert.Equal(2, first.Reads);

        var second = new CountingGate("checker-1");
        var report = new BuildRunner([new FakeRenderer()], null, pages: second).Run(box.Options());
        Assert.Equal(0, second.Reads);
        Assert.All(report.Jobs, j => Assert.Equal(JobStatus.Unchanged, j.Status));
        Assert.All(report.Jobs, j => Assert.Equal(("report", "line too long on " + j.FileName), (j.PageCheck!.Verdict, j.PageCheck.Reasons.Single())));
    }

    [Fact]
    public void Another_checker_reads_the_unchanged_outputs_again_and_records_its_own_verdict()
    {
        using var box = new Sandbox("a");
        new BuildRunner([new FakeRenderer()], null, pages: new CountingGate("checker-1")).Run(box.Options());

        var newer = new CountingGate("checker-2", verdict: "pass");
        var report = new BuildRunner([new FakeRenderer()], null, pages: newer).Run(box.Options());
        Assert.Equal(2, newer.Reads);
        Assert.All(report.Jobs, j => Assert.Equal("pass", j.PageCheck!.Verdict));

        var again = new CountingGate("checker-2", verdict: "pass");
        new BuildRunner([new FakeRenderer()], null, pages: again).Run(box.Options());
        Assert.Equal(0, again.Reads);
        Assert.Equal("checker-2", Manifest.Load(box.Out).Entries["a.leaflet.a4.txt"].PageCheck!.Checker);
    }

    [Fact]
    public void A_manifest_without_verdicts_still_gives_every_verdict()
    {
        using var box = new Sandbox("a");
        new BuildRunner([new FakeRenderer()], null).Run(box.Options());
        Assert.Null(Manifest.Load(box.Out).Entries["a.leaflet.a4.txt"].PageCheck);

        var gate = new CountingGate("checker-1");
        var report = new BuildRunner([new FakeRenderer()], null, pages: gate).Run(box.Options());
        Assert.Equal(2, gate.Reads);
        Assert.All(report.Jobs, j => Assert.Equal("report", j.PageCheck!.Verdict));
    }

    /// <summary>A report-only policy's findings are notes (never warnings: --fail-on warning passes), printed when the
    /// output is built and again, from the manifest, when it is unchanged; an enforced failure is an error instead.</summary>
    [Fact]
    public void Report_only_findings_are_notes_on_every_build_and_do_not_count_as_warnings()
    {
        using var box = new Sandbox("a");
        var built = new BuildRunner([new FakeRenderer()], null, pages: new CountingGate("checker-1", findings: true)).Run(box.Options());
        var again = new BuildRunner([new FakeRenderer()], null, pages: new CountingGate("checker-1", findings: true)).Run(box.Options());

        foreach (var (report, status) in new[] { (built, JobStatus.Built), (again, JobStatus.Unchanged) })
        {
            Assert.All(report.Jobs, j => Assert.Equal(status, j.Status));
            var note = Assert.Single(report.Jobs.Single(j => j.FileName == "a.leaflet.a4.txt").Diagnostics);
            Assert.Equal((Severity.Note, "NK504"), (note.Severity, note.Code));
            Assert.Equal("'a.leaflet.a4.txt' page 2: full body lines hold 82 characters; at most 75; the patients page-check policy of 'leaflet' is report only, so it was written", note.Message);
            Assert.Equal("widen the margins", note.Hint);
            Assert.EndsWith("content/a.md", note.Location.Path.Replace('\\', '/'));
            Assert.False(report.HasWarnings);
            Assert.False(report.HasErrors);
        }
    }

    private sealed class CountingGate(string checker, string verdict = "report", bool findings = false) : IPageGate
    {
        public int Reads;

        public string Checker => checker;

        public PageOutcome? Evaluate(OutputPlan plan, FinishedOutput output)
        {
            Interlocked.Increment(ref Reads);
            return new PageOutcome(verdict, verdict == "pass" ? [] : ["line too long on " + plan.FileName])
            {
                Findings = findings ? [new GateFinding("NK504", "page 2: full body lines hold 82 characters; at most 75", "widen the margins") { Page = 2 }] : [],
            };
        }
    }
}
