using System.Text;
using NkHandouts.Hashing;

namespace NkHandouts.Build;

/// <summary>SHA-256 fingerprints of build inputs. A folder's hash covers every file's relative path and bytes in
/// ordinal order, so renaming, adding or editing any asset (font, logo, reference.docx) changes it.</summary>
public static class InputHasher
{
    /// <summary>Read in pieces: a long leaflet's PDF is not loaded whole to be hashed.</summary>
    public static string File(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return "absent";
        }

        var hash = new Sha256();
        var buffer = new byte[64 * 1024];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        return Convert.ToHexStringLower(hash.Finish());
    }

    public static string Folder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "absent";
        }

        var hash = new Sha256();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            hash.Append(Encoding.UTF8.GetBytes(relative));
            hash.Append([0]);
            // A pipe or device is never read (it would wait, or never end): its kind stands for its bytes. No
            // template reads one either: asset paths refuse them.
            hash.Append(IO.FileKind.Special(file) is { } kind ? Encoding.UTF8.GetBytes(kind) : Sha256.HashData(System.IO.File.ReadAllBytes(file)));
        }

        return Convert.ToHexStringLower(hash.Finish());
    }

    public static string Combine(IEnumerable<KeyValuePair<string, string>> parts)
    {
        var text = string.Join("\n", parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        return Sha256.Hex(Encoding.UTF8.GetBytes(text));
    }

    public static string Bytes(ReadOnlySpan<byte> bytes) => Sha256.Hex(bytes);
}
