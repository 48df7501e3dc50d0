using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>
/// Turns an exception raised while writing an output into a diagnostic with its own code, naming the output path and
/// the operating system's reason: permission denied, read-only file system, disk full, path too long. These are not
/// content errors (exit 2, not 1), and never a bug to report.
/// </summary>
public static class WriteFailure
{
    // errno values .NET carries in IOException.HResult on Linux and macOS for errors it has no exception type for.
    private const int Eacces = 13, Erofs = 30, Enospc = 28, Edquot = 122, EdquotMac = 69, Enametoolong = 36, EnametoolongMac = 63, Efbig = 27;

    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    public static Diagnostic From(Exception e, string path)
    {
        var (code, reason, hint) = e switch
        {
            PathTooLongException => (DiagnosticCodes.WritePathTooLong, "the path is too long", "use a shorter --out folder or shorter article names"),
            UnauthorizedAccessException => (DiagnosticCodes.WritePermissionDenied, "permission denied", "make the output folder writable for this user (check its owner, mode and immutable flag: lsattr), or pass another --out"),
            IOException { HResult: Erofs } => (DiagnosticCodes.WriteReadOnly, "the file system is read-only", "build into a writable folder with --out, or remount the disk read-write"),
            IOException { HResult: Enospc or Edquot or EdquotMac or Efbig } => (DiagnosticCodes.WriteDiskFull, "the disk is full", "free space on the disk (or raise the quota), then build again"),
            IOException { HResult: Enametoolong or EnametoolongMac } => (DiagnosticCodes.WritePathTooLong, "the path is too long", "use a shorter --out folder or shorter article names"),
            IOException { HResult: Eacces } => (DiagnosticCodes.WritePermissionDenied, "permission denied", "make the output folder writable for this user, or pass another --out"),
            _ => (DiagnosticCodes.WriteFailed, "an I/O error", "check the output folder, the disk and its permissions"),
        };
        return new Diagnostic(Severity.Error, code, SourceLocation.FileOnly(path),
            $"cannot write '{path}': {reason} (the previous file, if any, was kept; OS: {e.Message})", hint);
    }
}

/// <summary>A write failure that stops the whole build (the output folder itself, its lock or the manifest).</summary>
public sealed class OutputFolderException(Diagnostic diagnostic) : IOException(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
