using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// The build's <see cref="IExtraFileSink"/>: each preview is written, as the renderer makes it, to a hidden
/// temporary file beside its destination (<see cref="AtomicFile.TempSuffix"/>), so no PNG is held in memory. Nothing
/// a user would print changes until <see cref="Commit"/> moves them into place, after the output passed its checks;
/// disposing without committing deletes them, so a failed build keeps the previous previews. A file whose bytes equal
/// the one already there is not staged (it keeps its file time).
/// </summary>
internal sealed class StagedExtraFiles(string outDir, bool flushToDisk = true) : IExtraFileSink, IDisposable
{
    private readonly List<(string Path, string Temp)> staged = [];
    private readonly Dictionary<string, string> hashes = new(StringComparer.Ordinal);
    private readonly List<string> createdFolders = [];

    /// <summary>The file being written or moved when an I/O error stopped it (for the write-failure diagnostic).</summary>
    public string? Current { get; private set; }

    /// <summary>Every extra file of the output and the SHA-256 of its bytes (for the manifest).</summary>
    public IReadOnlyDictionary<string, string> Hashes => hashes;

    public void Write(string fileName, ReadOnlySpan<byte> content)
    {
        try
        {
            Stage(fileName, content);
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            // Raised through the renderer: marked so the build reports a write failure, not a rendering bug.
            throw new StagingFailedException(Current ?? Path.Combine(outDir, fileName), e);
        }
    }

    private void Stage(string fileName, ReadOnlySpan<byte> content)
    {
        var path = Path.GetFullPath(Path.Combine(outDir, fileName));
        if (!path.StartsWith(Path.GetFullPath(outDir) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"extra file '{fileName}' would be written outside the output folder");
        }

        Current = path;
        hashes[fileName] = InputHasher.Bytes(content);
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            createdFolders.Add(folder);
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{AtomicFile.TempSuffix}");
        staged.Add((path, temp));
        using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        stream.Write(content);
        stream.Flush(flushToDisk);
    }

    /// <summary>Moves every staged file over its destination (each rename is atomic).</summary>
    public void Commit()
    {
        foreach (var (path, temp) in staged)
        {
            Current = path;
            File.Move(temp, path, overwrite: true);
        }

        staged.Clear();
        createdFolders.Clear();
    }

    public void Dispose()
    {
        foreach (var (_, temp) in staged)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for AtomicFile.CleanLeftovers at the next build; the destination was never touched.
            }
        }

        // A preview folder this failed build made is removed again (it is empty now).
        foreach (var folder in createdFolders.AsEnumerable().Reverse())
        {
            try
            {
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Harmless: an empty folder.
            }
        }

        staged.Clear();
        createdFolders.Clear();
    }
}

/// <summary>Writing a staged extra file failed (disk full, permission denied); <see cref="Path"/> is its destination.</summary>
internal sealed class StagingFailedException(string path, Exception inner) : IOException(inner.Message, inner)
{
    public string Path { get; } = path;
}
