namespace NkHandouts.Rendering;

/// <summary>
/// A finished output as the checks read it back: the file the build staged on disk, or bytes in memory. The build
/// hands its checks the staged file, so a long leaflet's PDF (5.6 MB at 1,000 pages) is not held in memory through
/// the read-backs, where a build's memory peaks (issue 19); <c>verify</c>, <c>check</c> and tests hand bytes.
/// </summary>
public sealed class FinishedOutput
{
    private readonly byte[]? bytes;
    private readonly string? path;

    private FinishedOutput(byte[]? bytes, string? path, long length)
    {
        this.bytes = bytes;
        this.path = path;
        Length = length;
    }

    public static FinishedOutput InMemory(byte[] bytes) => new(bytes, null, bytes.Length);

    /// <summary>A file that nothing changes while it is read (the build's staged output).</summary>
    public static FinishedOutput OnDisk(string path) => new(null, path, new FileInfo(path).Length);

    public long Length { get; }

    /// <summary>A new read-only stream over the whole output, at its start; the caller disposes it.</summary>
    public Stream OpenRead() => bytes is not null
        ? new MemoryStream(bytes, writable: false)
        : new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 16 * 1024);

    /// <summary>The whole output in memory, for the checks that walk its raw bytes (PDF/X-4's object scan).</summary>
    public byte[] ReadAllBytes() => bytes ?? File.ReadAllBytes(path!);

    /// <summary>Whether the output begins with <paramref name="prefix"/> (a file signature such as <c>%PDF-</c>).</summary>
    public bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        if (bytes is not null)
        {
            return bytes.AsSpan().StartsWith(prefix);
        }

        if (Length < prefix.Length)
        {
            return false;
        }

        using var stream = OpenRead();
        Span<byte> head = stackalloc byte[prefix.Length];
        stream.ReadExactly(head);
        return head.SequenceEqual(prefix);
    }
}
