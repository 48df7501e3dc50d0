namespace NkHandouts.Serve.Site;

/// <summary>
/// Watches the content and template folders (with sub-folders) and asks the site to rebuild on any change. Editors
/// save by writing, by replacing (write a temporary file, rename it over the original) or by deleting and creating,
/// so every kind of event counts; the build's manifest then decides what really changed.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public ChangeWatcher(PreviewSite site, params string[] folders)
    {
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            var w = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, _) => site.RequestRefresh();
            w.Changed += changed;
            w.Created += changed;
            w.Deleted += changed;
            w.Renamed += (_, _) => site.RequestRefresh();
            w.Error += (_, _) => site.RequestRefresh(); // a lost event (buffer overflow): rebuild to be safe
            w.EnableRaisingEvents = true;
            _watchers.Add(w);
        }
    }

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }
    }
}
