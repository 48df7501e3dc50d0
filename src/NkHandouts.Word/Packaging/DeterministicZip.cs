using System.IO.Compression;

namespace NkHandouts.Word.Packaging;

/// <summary>
/// Repacks a package so the same content gives the same bytes: entries in a fixed order ([Content_Types].xml,
/// _rels/.rels, then by name) with one fixed timestamp (1980-01-01, the earliest a zip can hold), never the clock.
/// </summary>
internal static class DeterministicZip
{
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
