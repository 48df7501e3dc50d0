using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Build.Tests;

/// <summary>The build reads back every output that claims a standard, through <see cref="IOutputVerifier"/>, and
/// writes nothing that fails its claim.</summary>
public sealed class OutputVerificationTests
{
    private sealed class FakeVerifier(string claim, string rejectIfContains) : IOutputVerifier
    {
        public int Calls;

        public string Claim => claim;

        public IReadOnlyList<Diagnostic> Verify(string fileName, FinishedOutput output)
        {
            Interlocked.Increment(ref Calls);
            return Encoding.UTF8.GetString(output.ReadAllBytes()).Contains(rejectIfContains, StringComparison.Ordinal)
                ? [new Diagnostic(Severity.Error, DiagnosticCodes.OutputNonConforming, SourceLocation.FileOnly(fileName), "fails 13-004 (page 1)")]
                : [];
        }
    }

    [Fact]
    public void An_output_that_fails_its_claim_is_not_written_and_the_previous_one_stays()
    {
        using var box = new Sandbox("a", "b");
        var ok = new FakeVerifier("PDF/UA-1", "never");
        new BuildRunner([new FakeRenderer { Claims = ["PDF/UA-1"] }], null, verifiers: [ok]).Run(box.Options());
        Assert.Equal(4, ok.Calls);
        var before = File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt"));

        box.Article("a", "Broken title");
        box.Article("b", "Fine title");
        var strict = new FakeVerifier("PDF/UA-1", "Broken");
        var report = new BuildRunner([new FakeRenderer { Claims = ["PDF/UA-1"] }], null, verifiers: [strict]).Run(box.Options());

        Assert.True(report.HasErrors);
        var failed = report.Jobs.Where(j => j.Status == JobStatus.Failed).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, j => Assert.Contains(j.Diagnostics, d => d.Code == DiagnosticCodes.OutputNonConforming && d.Location.Path == j.FileName));
        Assert.Equal(before, File.ReadAllBytes(box.OutFile("a.leaflet.a4.txt")));
        Assert.StartsWith("Fine title", File.ReadAllText(box.OutFile("b.leaflet.a4.txt")));
    }

    [Fact]
    public void Verifiers_run_only_for_the_claims_an_output_makes()
    {
        using var box = new Sandbox("a");
        var other = new FakeVerifier("PDF/X-4", "");
        new BuildRunner([new FakeRenderer { Claims = ["PDF/UA-1"] }], null, verifiers: [other]).Run(box.Options());
        Assert.Equal(0, other.Calls);
    }
}
