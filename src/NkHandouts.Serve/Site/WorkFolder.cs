namespace NkHandouts.Serve.Site;

/// <summary>
/// The preview's folder under the temp folder, held by an open lock file for as long as its server runs, and the
/// sweep that removes the folders of servers that could not remove their own (killed with SIGKILL, by the OOM killer,
/// a power cut): a folder whose lock can be taken has no server left.
/// </summary>
/// <remarks>
/// The lock is the one .NET takes for <see cref="FileShare.None"/> (an advisory <c>flock</c> on Linux), which the
/// kernel releases when the process ends however it ends. Folders without the lock file (an older version's, or not
/// ours) are never touched, nor links, nor folders another user owns.
/// </remarks>
internal sealed class WorkFolder : IDisposable
{
    public const string Prefix = "nkhandouts-serve-";

    public const string OwnerFile = ".owner";

    /// <summary>A folder is swept only once its lock file is this old: a server that has just made its folder may
    /// not hold the lock yet.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    private readonly FileStream _owner;

    private WorkFolder(string path, FileStream owner)
    {
        FullPath = path;
        _owner = owner;
    }

    public string FullPath { get; }

    public static WorkFolder Create(string root)
    {
        for (var attempt = 1; ; attempt++)
        {
            var path = Path.Combine(root, Prefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(path);
            try
            {
                return new WorkFolder(path, new FileStream(Path.Combine(path, OwnerFile), FileMode.CreateNew, FileAccess.Write, FileShare.None));
            }
            catch (IOException) when (attempt < 3)
            {
                // A sweep took the new lock before this server did (the folder was under a minute old, so it should
                // not have): make another folder.
                Remove(path);
            }
        }
    }

    /// <summary>Removes the folders under <paramref name="root"/> whose server is gone; returns their paths.</summary>
    public static IReadOnlyList<string> SweepAbandoned(string root, DateTime utcNow)
    {
        var removed = new List<string>();
        List<string> folders;
        try
        {
            folders = [.. Directory.EnumerateDirectories(root, Prefix + "*")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return removed;
        }

        foreach (var folder in folders)
        {
            try
            {
                var lockFile = new FileInfo(Path.Combine(folder, OwnerFile));
                if (new DirectoryInfo(folder).LinkTarget is not null || !lockFile.Exists || lockFile.LinkTarget is not null || utcNow - lockFile.LastWriteTimeUtc < Settle)
                {
                    continue;
                }

                using (new FileStream(lockFile.FullName, FileMode.Open, FileAccess.Write, FileShare.None))
                {
                    // Taken: no process holds it, so no server uses the folder.
                }

                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held (its server is running), or not ours to open or remove: left as it is.
            }
        }

        return removed;
    }

    /// <summary>What serve prints for a folder it swept; the name escaped, as in every diagnostic (a folder's name can
    /// hold a newline or an ESC sequence).</summary>
    public static string RemovedLine(string folder) => $"removed {Diagnostics.Printable.Escape(folder)}, left by a server that was killed";

    /// <summary>Lets go of the lock and removes the folder.</summary>
    public void Dispose()
    {
        _owner.Dispose();
        Remove(FullPath);
    }

    private static void Remove(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
