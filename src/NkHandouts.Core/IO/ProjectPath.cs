namespace NkHandouts.IO;

/// <summary>
/// Resolves a relative path written in content or a template, refusing anything that leaves its root: absolute
/// paths, <c>..</c> escapes and symbolic links pointing outside. Inputs are edited by many people and built
/// unattended, so a leaflet must never embed /etc/passwd.
/// </summary>
public static class ProjectPath
{
    /// <summary>Returns the full path, or null with a reason when the path is not allowed.</summary>
    public static string? Resolve(string root, string relative, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(relative))
        {
            reason = "the path is empty";
            return null;
        }

        if (relative.Contains("://", StringComparison.Ordinal))
        {
            reason = "remote files are never fetched; put the file in the project and give its relative path";
            return null;
        }

        if (Path.IsPathRooted(relative) || relative.StartsWith('~'))
        {
            reason = "absolute paths are not allowed; give a path relative to the file that names it";
            return null;
        }

        var rootFull = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!IsInside(rootFull, full))
        {
            reason = $"the path leaves its folder ({rootFull})";
            return null;
        }

        // Follow links hop by hop along the path: a link inside the folder may still point out of it.
        var probe = full;
        while (probe.Length > rootFull.Length)
        {
            FileSystemInfo info = Directory.Exists(probe) ? new DirectoryInfo(probe) : new FileInfo(probe);
            if (info.Exists && info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !IsInside(rootFull, Path.GetFullPath(target.FullName)))
                {
                    reason = "the path goes through a symbolic link that points outside its folder";
                    return null;
                }
            }

            probe = Path.GetDirectoryName(probe) ?? rootFull;
        }

        if (FileKind.Special(full) is { } kind)
        {
            reason = $"it is {kind}, not a file";
            return null;
        }

        return full;
    }

    public static bool IsInside(string root, string full)
    {
        var r = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return full.StartsWith(r, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
