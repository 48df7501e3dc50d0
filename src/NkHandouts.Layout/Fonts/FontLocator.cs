using System.Collections.Concurrent;

namespace NkHandouts.Layout;

/// <summary>
/// Finds font files by family name: files a template ships first, then the system font folders of Linux, Windows
/// and macOS. Folders are indexed once per process by reading each file's name table.
/// </summary>
public sealed class FontLocator
{
    private static readonly ConcurrentDictionary<string, FontFace> Loaded = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Family, FontStyle Style, int Weight, string Path)>> FolderIndex = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<(string Family, FontStyle Style, string Path)> ownFonts;

    /// <param name="ownFonts">Fonts shipped with a template: family, style and full path.</param>
    /// <param name="folders">Folders to search after them; null means <see cref="SystemFolders"/>.</param>
    public FontLocator(IEnumerable<(string Family, FontStyle Style, string Path)> ownFonts, IReadOnlyList<string>? folders = null)
    {
        this.ownFonts = ownFonts.ToList();
        Folders = folders ?? SystemFolders();
    }

    public IReadOnlyList<string> Folders { get; }

    /// <summary>The usual font folders of the running OS (existing or not; the error lists them all).</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            var windir = Environment.GetEnvironmentVariable("WINDIR") ?? @"C:\Windows";
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return [Path.Combine(windir, "Fonts"), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }

        if (OperatingSystem.IsMacOS())
        {
            return ["/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        }

        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts")];
    }

    /// <summary>The family's faces, or null when no file for it exists anywhere.</summary>
    public FontFamily? TryFamily(string family)
    {
        var faces = new Dictionary<FontStyle, FontFace>();
        foreach (var (name, style, path) in ownFonts)
        {
            if (Same(name, family) && !faces.ContainsKey(style))
            {
                faces[style] = Load(path);
            }
        }

        if (faces.Count == 0)
        {
            // Several files may claim one style (DejaVu Sans ExtraLight is "regular" too): take the weight nearest
            // to 400 for regular/italic and 700 for bold, first folder and file name order breaking ties.
            var best = new Dictionary<FontStyle, (int Distance, string Path)>();
            foreach (var folder in Folders)
            {
                foreach (var (name, style, weight, path) in Index(folder))
                {
                    var distance = Math.Abs(weight - (style.IsBold() ? 700 : 400));
                    if (Same(name, family) && (!best.TryGetValue(style, out var b) || distance < b.Distance))
                    {
                        best[style] = (distance, path);
                    }
                }
            }

            foreach (var (style, b) in best)
            {
                faces[style] = Load(b.Path);
            }
        }

        return faces.Count == 0 ? null : new FontFamily(family, faces);
    }

    /// <summary>The family's faces; throws <see cref="FontNotFoundException"/> naming where it looked.</summary>
    public FontFamily Family(string family) =>
        TryFamily(family) ?? throw new FontNotFoundException(family, Folders);

    public static FontFace Load(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), FontFace.Load);

    /// <summary>Null when <see cref="Load"/> can use the file (it is then loaded, once per process), else why not:
    /// the check a template's outputs run before use, so it finds exactly what drawing with the font would.</summary>
    public static string? WhyUnusable(string path)
    {
        try
        {
            Load(path);
            return null;
        }
        catch (FontUnreadableException e)
        {
            return e.Reason;
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<(string Family, FontStyle Style, int Weight, string Path)> Index(string folder) =>
        FolderIndex.GetOrAdd(folder, f =>
        {
            if (!Directory.Exists(f))
            {
                return [];
            }

            var list = new List<(string, FontStyle, int, string)>();
            var files = Directory.EnumerateFiles(f, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(p => p.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (FontFace.ReadIdentity(file) is { } id)
                {
                    list.Add((id.Family, id.Style, id.Weight, file));
                }
            }

            return list;
        });
}
