namespace NkHandouts.Build;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete file: the bytes go to a
/// temporary file in the same folder (same file system, so the rename is atomic), are flushed to disk, then renamed
/// over the target. A crash leaves at most a temp file, which <see cref="CleanLeftovers"/> removes.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files; never a name a user would print.</summary>
    public const string TempSuffix = ".nkh-tmp";

    /// <param name="flushToDisk">Wait until the bytes are on the disk before the rename (false only for a folder that
    /// is thrown away anyway, such as the preview server's: a power cut loses nothing anyone prints).</param>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = true)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, bool flushToDisk = true)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy), flushToDisk);
    }

    /// <summary>Removes temp files a killed build left behind; returns how many.</summary>
    public static int CleanLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            if (TryDelete(file))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
