using System.Text;
using NkHandouts.Diagnostics;
using NkHandouts.Hashing;

namespace NkHandouts.IO;

/// <summary>
/// Reads a text input strictly: UTF-8 only (a BOM is accepted and dropped), CRLF folded to LF so columns match what
/// editors show, a size limit so a stray huge file cannot exhaust memory.
/// </summary>
public static class SourceFile
{
    /// <summary>Default upper bound for one article or template file.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ReadText(string path, DiagnosticBag diagnostics, long maxBytes = DefaultMaxBytes) =>
        Read(path, diagnostics, maxBytes).Text;

    /// <summary>The decoded text and the SHA-256 (lower-case hex) of the file's bytes as stored (BOM and CRLF
    /// included), from one read: the briefing records the hash so an import can tell whether the file changed.</summary>
    public static (string? Text, string? Sha256) Read(string path, DiagnosticBag diagnostics, long maxBytes = DefaultMaxBytes)
    {
        var at = SourceLocation.FileOnly(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, at, "file not found", "check the path; it is relative to the current folder");
                return (null, null);
            }

            if (FileKind.Special(path) is { } kind)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, at, $"'{Path.GetFileName(path)}' is {kind}, not a file; it is not read", "replace it with a regular file (reading a pipe or device would wait or run forever)");
                return (null, null);
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, at, $"file is {info.Length:N0} bytes; the limit is {maxBytes:N0}", "split the article into smaller ones (the limit guards unattended builds against stray huge files)");
                return (null, null);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, at, $"cannot read file: {e.Message}", "check that the file exists and is readable");
            return (null, null);
        }

        return (Decode(bytes, path, diagnostics), Sha256.Hex(bytes));
    }

    /// <param name="what">The kind of file, for the hints ("the article", "the SVG").</param>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics, string what = "the file")
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        if (LooksUtf16(bytes) is { } utf16)
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, 1, 1), $"file is {utf16} text, not UTF-8",
                "re-save it as UTF-8 (most editors: File > Save with Encoding > UTF-8; or iconv -f UTF-16 -t UTF-8)");
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, col) = Position(bytes, nul);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, col), "file contains a NUL byte: it looks binary, not text", $"save {what} as UTF-8 text");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, col) = Position(bytes, Math.Max(0, e.Index));
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(path, line, col), "file is not valid UTF-8", "re-save the file with UTF-8 encoding (most editors: File > Save with Encoding > UTF-8)");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>"UTF-16 (little-endian)" for a UTF-16 BOM, or for ASCII text with a NUL after (or before) every
    /// character; null otherwise. A NUL in UTF-8 text is binary, but these patterns are a text editor's other encoding.</summary>
    private static string? LooksUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian)";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian)";
        }

        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddNul * 10 >= pairs * 9 && evenNul == 0 ? "UTF-16 (little-endian)"
            : evenNul * 10 >= pairs * 9 && oddNul == 0 ? "UTF-16 (big-endian)" : null;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        var col = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                col = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                col++;
            }
        }

        return (line, col);
    }
}
