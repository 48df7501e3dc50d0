using System.Text.RegularExpressions;

namespace NkHandouts.Verify.Tests;

/// <summary>
/// The check reads a file in passes and releases PdfPig's document between batches of objects; a release must never
/// change what it finds. Each broken leaflet of <see cref="MutationTests"/> (and the unbroken one) is checked with the
/// document released after every object and page (each read from a fresh document) and with the usual batches: the
/// findings, their order included, are the same.
/// </summary>
public sealed class ReleaseParityTests(MutationTests.Baseline baseline) : IClassFixture<MutationTests.Baseline>
{
    [Fact]
    public void The_unbroken_leaflet_gives_the_same_findings_released_after_every_object()
    {
        var bytes = File.ReadAllBytes(baseline.Pdf);
        Assert.Equal(ReadBackMemoryTests.Findings(bytes, Reading.PdfInspection.DefaultReleaseEvery), ReadBackMemoryTests.Findings(bytes, 1));
    }

    [Theory]
    [MemberData(nameof(MutationTests.Names), MemberType = typeof(MutationTests))]
    public void Each_broken_leaflet_gives_the_same_findings_released_after_every_object(string name)
    {
        var m = MutationTests.Mutations.Single(x => x.Name == name);
        var regex = new Regex(m.Pattern, m.Options);
        var broken = m.Count < 0 ? regex.Replace(baseline.Qdf, m.Replacement) : regex.Replace(baseline.Qdf, m.Replacement, m.Count);
        var bytes = File.ReadAllBytes(baseline.Repair(broken, "release " + name));

        var batched = ReadBackMemoryTests.Findings(bytes, Reading.PdfInspection.DefaultReleaseEvery);
        Assert.NotEmpty(batched);
        Assert.Equal(batched, ReadBackMemoryTests.Findings(bytes, 1));
    }
}
