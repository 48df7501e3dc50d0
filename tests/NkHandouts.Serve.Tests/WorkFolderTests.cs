using NkHandouts.Serve.Site;
using NkHandouts.Testing;

namespace NkHandouts.Serve.Tests;

/// <summary>The sweep removes only the preview folders whose server is gone: a lock file nobody holds, old enough; a
/// running server's folder, a new one, one without the lock file and a link are left as they are.</summary>
public sealed class WorkFolderTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    private static string Folder(TempDir root, string name, bool ownerFile = true, TimeSpan? age = null)
    {
        var path = root.Combine(WorkFolder.Prefix + name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "preview.png"), "x");
        if (ownerFile)
        {
            var owner = Path.Combine(path, WorkFolder.OwnerFile);
            File.WriteAllText(owner, "");
            File.SetLastWriteTimeUtc(owner, Now - (age ?? TimeSpan.FromMinutes(5)));
        }

        return path;
    }

    [Fact]
    public void Removes_a_folder_whose_lock_nobody_holds_and_leaves_the_others()
    {
        using var root = new TempDir();
        var abandoned = Folder(root, "abandoned");
        var fresh = Folder(root, "fresh", age: TimeSpan.FromSeconds(5));
        var foreign = Folder(root, "nolock", ownerFile: false);
        var unrelated = root.Combine("other-folder");
        Directory.CreateDirectory(unrelated);
        var target = Folder(root, "target-of-link");
        Directory.Move(target, root.Combine("elsewhere"));
        Directory.CreateSymbolicLink(root.Combine(WorkFolder.Prefix + "link"), root.Combine("elsewhere"));
        using var running = WorkFolder.Create(root.Path);
        File.SetLastWriteTimeUtc(Path.Combine(running.FullPath, WorkFolder.OwnerFile), Now - TimeSpan.FromMinutes(5));

        var removed = WorkFolder.SweepAbandoned(root.Path, Now);

        Assert.Equal([abandoned], removed);
        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(fresh), "a folder under a minute old may belong to a server starting now");
        Assert.True(Directory.Exists(foreign), "a folder without the lock file is not known to be ours");
        Assert.True(Directory.Exists(unrelated));
        Assert.True(File.Exists(root.Combine("elsewhere", "preview.png")), "a link was followed");
        Assert.True(File.Exists(Path.Combine(running.FullPath, WorkFolder.OwnerFile)), "a running server's folder was removed");
    }

    [Fact]
    public void A_folder_is_held_until_disposed_then_removed_and_a_later_sweep_finds_nothing()
    {
        using var root = new TempDir();
        var folder = WorkFolder.Create(root.Path);
        Assert.Empty(WorkFolder.SweepAbandoned(root.Path, Now + TimeSpan.FromHours(1)));
        Assert.True(Directory.Exists(folder.FullPath));

        folder.Dispose();
        Assert.False(Directory.Exists(folder.FullPath));
        Assert.Empty(WorkFolder.SweepAbandoned(root.Path, Now + TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_line_naming_a_swept_folder_escapes_control_characters()
    {
        var line = WorkFolder.RemovedLine("/tmp/nkhandouts-serve-x\u001b[2J\ny");
        Assert.DoesNotContain('\u001b', line);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("removed /tmp/nkhandouts-serve-x", line, StringComparison.Ordinal);
    }
}
