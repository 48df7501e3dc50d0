using NkHandouts.Verify.Accessibility;
using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify.Tests;

/// <summary>Runs alone: it measures the whole process's live heap, which a test running beside it would change.</summary>
[CollectionDefinition(nameof(MeasuresTheHeap), DisableParallelization = true)]
public sealed class MeasuresTheHeap;

/// <summary>
/// The PDF/UA read-back of a long file holds little memory (issue 19, item 3): it reads the structure tree into a
/// compact model and the pages one at a time, and releases PdfPig's document, which otherwise keeps every object it
/// parsed — so the structure tree's dictionaries and every page's content never stay in memory together.
/// </summary>
[Collection(nameof(MeasuresTheHeap))]
public sealed class ReadBackMemoryTests
{
    private static readonly Lazy<byte[]> Long = new(() =>
    {
        var bytes = LongFile.Render(400);
        Directory.CreateDirectory(Outputs.Folder);
        File.WriteAllBytes(Path.Combine(Outputs.Folder, "long-390-pages.pdf"), bytes); // for a person (or the old code) to check
        return bytes;
    });

    /// <summary>
    /// Once the check has run, with the file still open for any check after it, the live heap holds less than twice
    /// the file's size more than before: the compact structure model (about the file's size), not PdfPig's parsed
    /// objects nor any page's content. Measured on the calling thread (nothing else allocates meanwhile). The check
    /// that kept PdfPig's document, the structure tree's dictionaries and every page's content held about nine times
    /// the file here (11.7 MB for 1.3 MB; 39.9 MB for the 5.1 MB, 953-page leaflet of tests/bench/memory.sh).
    /// </summary>
    [Fact]
    public void After_the_check_of_a_long_file_less_than_twice_its_size_stays_in_memory()
    {
        var bytes = Long.Value;
        var held = new HeldAfterwards();
        var verifier = new PdfVerifier([new PdfUaCheck(), held]);
        verifier.Verify("long.pdf", bytes); // first run: code and PdfPig's static tables loaded before measuring

        held.Before = GC.GetTotalMemory(true);
        var verdict = verifier.Verify("long.pdf", bytes);
        Assert.True(held.Growth < 2 * bytes.Length, $"after the check {held.Growth / 1048576.0:F1} MB stayed live, on a {bytes.Length / 1048576.0:F1} MB file");
        Assert.DoesNotContain(verdict.Findings, f => f.Check == PdfVerifier.FileCheck);
    }

    /// <summary>Releasing PdfPig's document after every object and page read (the most the passes can do) changes no
    /// finding on the long file, whose pages and elements then each come from a fresh document.</summary>
    [Fact]
    public void Releasing_after_every_object_changes_no_finding_on_the_long_file()
    {
        var bytes = LongFile.Render(12);
        Assert.Equal(Findings(bytes, PdfInspection.DefaultReleaseEvery), Findings(bytes, 1));
    }

    internal static List<string> Findings(byte[] bytes, int releaseEvery)
    {
        using var pdf = PdfInspection.Open(bytes, releaseEvery);
        return new PdfUaCheck().Check(pdf).Select(f => f.ToString()).ToList();
    }

    /// <summary>A check run after the PDF/UA check on the same open file: it finds nothing, it measures what the file
    /// being open holds then.</summary>
    private sealed class HeldAfterwards : IPdfCheck
    {
        public long Before { get; set; }

        public long Growth { get; private set; }

        public string Id => "held";

        public string Name => "live heap after the PDF/UA check";

        public string Claim => "";

        public IReadOnlyList<CheckRule> Rules => [];

        public IEnumerable<VerifyFinding> Check(PdfInspection pdf)
        {
            Growth = GC.GetTotalMemory(true) - Before;
            GC.KeepAlive(pdf);
            return [];
        }
    }
}
