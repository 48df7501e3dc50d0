using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>
/// Keeps two builds from writing the same output folder at once. The lock is an OS-level exclusive open of
/// <c>.nkhandouts.lock</c>, so it is released even when the holder is killed.
/// </summary>
public sealed class BuildLock : IDisposable
{
    public const string FileName = ".nkhandouts.lock";

    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/>; null when another build still holds it.</summary>
    public static BuildLock? TryAcquire(string outFolder, TimeSpan wait)
    {
        var path = Path.Combine(outFolder, FileName);
        var info = new FileInfo(outFolder);
        if (!Directory.Exists(outFolder) && (info.Exists || info.LinkTarget is not null))
        {
            // The OS says only "already exists": say what is in the way, and that it was left alone.
            var what = info.Exists ? "a file" : $"a link to '{info.LinkTarget}', which does not exist";
            throw new OutputFolderException(new Diagnostic(Severity.Error, DiagnosticCodes.WriteFailed, SourceLocation.FileOnly(outFolder),
                $"cannot write into '{outFolder}': it is {what}, not a folder (it was left as it is)", "pass --out a folder (it is created when missing), or move the file away"));
        }

        try
        {
            Directory.CreateDirectory(outFolder);
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            throw new OutputFolderException(WriteFailure.From(e, outFolder));
        }

        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return new BuildLock(stream);
            }
            catch (Exception e) when (WriteFailure.IsWriteFailure(e) && WriteFailure.From(e, path).Code != Diagnostics.DiagnosticCodes.WriteFailed)
            {
                // A read-only disk or a folder we may not write is not "another build": say what it is.
                throw new OutputFolderException(WriteFailure.From(e, path));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
