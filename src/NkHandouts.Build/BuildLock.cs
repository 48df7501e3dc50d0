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
        Directory.CreateDirectory(outFolder);
        var path = Path.Combine(outFolder, FileName);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
                return new BuildLock(stream);
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
