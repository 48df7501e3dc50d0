using System.Runtime.InteropServices;

namespace NkHandouts.IO;

/// <summary>
/// Tells a regular file from a named pipe, device or socket before anything opens it: opening a FIFO for reading
/// waits for a writer forever (a build, or serve's rebuild, hung on an article or image named like a file), and a
/// device such as /dev/zero never ends. .NET reports all of them as a "Normal" file of length 0, so on Linux this
/// asks the kernel (statx, whose layout is the same on every architecture); elsewhere it answers "don't know".
/// </summary>
public static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28; // struct statx: stx_mask, stx_blksize, stx_attributes (8), stx_nlink, stx_uid, stx_gid, stx_mode

    /// <summary>"a named pipe (FIFO)", "a device" or "a socket" when <paramref name="path"/> (links followed) is one
    /// of those; null for a regular file, a folder, a missing path, or when the OS cannot say.</summary>
    public static string? Special(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // no glibc 2.28+ (musl, older systems): no answer, as on other OSes
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x1000 => "a named pipe (FIFO)",
            0x2000 or 0x6000 => "a device",
            0xC000 => "a socket",
            _ => null,
        };
    }

    [LibraryImport("libc.so.6", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
