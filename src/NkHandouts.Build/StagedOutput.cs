using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// The output a job builds, written by its renderer straight to a hidden temporary file beside its destination
/// (<see cref="AtomicFile.TempSuffix"/>) and read back from there by the checks, so neither the file nor a buffer
/// grown to hold it (up to twice its size) is in memory through the read-backs, where a long leaflet's build peaks
/// (issue 19). Nothing a user would print changes until <see cref="Commit"/> renames it over the destination, after
/// the checks passed; disposing without committing deletes it, so a failed build keeps the previous file.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string temp;
    private FileStream? writing;
    private bool committed;

    /// <exception cref="IOException">The temporary file cannot be created (a write failure naming the destination).</exception>
    /// <exception cref="UnauthorizedAccessException">Likewise.</exception>
    public StagedOutput(string target)
    {
        Target = target;
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{AtomicFile.TempSuffix}");
        writing = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 64 * 1024);
        Destination = new FailureNamingStream(writing, target);
    }

    public string Target { get; }

    /// <summary>Where the renderer writes. A write that fails (disk full, quota) is raised as
    /// <see cref="StagingFailedException"/> naming <see cref="Target"/>, so the build reports a write failure, not a
    /// rendering bug.</summary>
    public Stream Destination { get; }

    /// <summary>Ends writing; the checks read the file from here on.</summary>
    public FinishedOutput Finish()
    {
        try
        {
            writing?.Dispose();
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            throw new StagingFailedException(Target, e); // the last buffered bytes did not fit
        }

        writing = null;
        return FinishedOutput.OnDisk(temp);
    }

    /// <summary>SHA-256 of the staged bytes (for the manifest).</summary>
    public string Sha256() => InputHasher.File(temp);

    /// <summary>Puts the file in place, unless the destination already has the same bytes (then it keeps its file
    /// time and the staged copy goes).</summary>
    /// <param name="flushToDisk">Wait until the bytes are on the disk before the rename (see <see cref="AtomicFile"/>).</param>
    public void Commit(bool flushToDisk)
    {
        if (SameAsTarget())
        {
            Delete();
        }
        else
        {
            if (flushToDisk)
            {
                using var file = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, Target, overwrite: true);
        }

        committed = true;
    }

    private bool SameAsTarget()
    {
        if (!File.Exists(Target) || new FileInfo(Target).Length != new FileInfo(temp).Length)
        {
            return false;
        }

        using var a = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        using var b = new FileStream(Target, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var x = new byte[64 * 1024];
        var y = new byte[x.Length];
        int n;
        while ((n = a.ReadAtLeast(x, x.Length, throwOnEndOfStream: false)) > 0)
        {
            if (b.ReadAtLeast(y, n, throwOnEndOfStream: false) != n || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, n)))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        try
        {
            writing?.Dispose();
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            // The job already failed; the temporary file goes below.
        }

        writing = null;
        if (!committed)
        {
            Delete();
        }
    }

    private void Delete()
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

    /// <summary>Passes everything through to the file; a failing write names the output it was for. Disposing it leaves
    /// the file open (the staged output closes it), whatever the renderer does with its stream.</summary>
    private sealed class FailureNamingStream(FileStream file, string target) : Stream
    {
        public override bool CanRead => file.CanRead;
        public override bool CanSeek => file.CanSeek;
        public override bool CanWrite => file.CanWrite;
        public override long Length => file.Length;

        public override long Position
        {
            get => file.Position;
            set => file.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => file.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void Write(byte[] buffer, int offset, int count) => Named(() => file.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                file.Write(buffer);
            }
            catch (Exception e) when (WriteFailure.IsWriteFailure(e))
            {
                throw new StagingFailedException(target, e);
            }
        }

        public override void WriteByte(byte value) => Named(() => file.WriteByte(value));

        public override void SetLength(long value) => Named(() => file.SetLength(value));

        public override void Flush() => Named(file.Flush);

        private void Named(Action write)
        {
            try
            {
                write();
            }
            catch (Exception e) when (WriteFailure.IsWriteFailure(e))
            {
                throw new StagingFailedException(target, e);
            }
        }
    }
}
