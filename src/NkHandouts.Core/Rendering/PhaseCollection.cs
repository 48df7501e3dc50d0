namespace NkHandouts.Rendering;

/// <summary>
/// Returns a long document's dead objects to the system between the phases of its job. Writing a 1,000-page
/// leaflet leaves tens of megabytes of the writer's objects dead in the oldest generation (PDFsharp's document once
/// it is saved, then the saved copy once it is finished), and the PDF/UA read-back leaves PdfPig's parsed objects;
/// the collector would reclaim them only when that generation's budget runs out, after the next phase has allocated
/// on top of them. Collecting at the boundary makes a job's peak the largest phase, not the sum of the phases
/// (docs/performance.md, "Phase collections and a conserving collector"). Small outputs skip it: a full
/// collection costs more than the memory it would return.
/// </summary>
public static class PhaseCollection
{
    /// <summary>Outputs from this size up (about a 100-page leaflet) are long enough to pay for a full collection.</summary>
    public const int LongOutputBytes = 512 * 1024;

    /// <summary>The same length in pages, for a boundary before the output's size is known (the save).</summary>
    public const int LongDocumentPages = 100;

    public static void After(long outputBytes) => Collect(outputBytes >= LongOutputBytes);

    public static void AfterPages(int pages) => Collect(pages >= LongDocumentPages);

    private static void Collect(bool isLong)
    {
        if (isLong)
        {
            // Aggressive: compact and give the freed regions back to the OS, not keep them committed for reuse.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
