using NkHandouts.Rendering;
using NkHandouts.Verify.Accessibility;
using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify.Tests;

/// <summary>The build's checks read its staged file through a stream (PdfPig reads where it needs to, the file is never
/// held whole); they find exactly what they find in the same bytes in memory.</summary>
public sealed class StagedReadBackTests
{
    [Fact]
    public void A_staged_file_gives_the_findings_of_its_bytes()
    {
        var bytes = LongFile.Render(12);
        using var dir = new TempDir();
        var path = dir.File("staged.pdf", "");
        File.WriteAllBytes(path, bytes);

        foreach (var releaseEvery in new[] { PdfInspection.DefaultReleaseEvery, 1 })
        {
            using var fromDisk = PdfInspection.Open(FinishedOutput.OnDisk(path), releaseEvery);
            Assert.Equal(ReadBackMemoryTests.Findings(bytes, releaseEvery), new PdfUaCheck().Check(fromDisk).Select(f => f.ToString()).ToList());
            Assert.Equal(bytes, fromDisk.Bytes); // read on demand, for checks of the raw objects
        }
    }

    [Fact]
    public void A_damaged_staged_file_is_the_same_finding_as_its_bytes()
    {
        var bytes = LongFile.Render(3)[..4000];
        using var dir = new TempDir();
        var path = dir.File("cut.pdf", "");
        File.WriteAllBytes(path, bytes);

        var verifier = new PdfVerifier([new PdfUaCheck()]);
        var fromMemory = verifier.Verify("cut.pdf", bytes).Findings.Select(f => f.ToString()).ToList();
        var fromDisk = verifier.Verify("cut.pdf", FinishedOutput.OnDisk(path)).Findings.Select(f => f.ToString()).ToList();
        Assert.NotEmpty(fromMemory);
        Assert.Equal(fromMemory, fromDisk);
    }
}
