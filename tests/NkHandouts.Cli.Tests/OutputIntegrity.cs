using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NkHandouts.Cli.Tests;

/// <summary>Checks that a file is complete for its kind, independently of the code that wrote it.</summary>
internal static class OutputIntegrity
{
    public static string? Problem(string path)
    {
        var bytes = File.ReadAllBytes(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".pdf":
                var tail = Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 64), Math.Min(64, bytes.Length));
                return bytes.AsSpan().StartsWith("%PDF-"u8) && tail.Contains("%%EOF", StringComparison.Ordinal) ? null : "PDF is truncated";
            case ".docx":
                try
                {
                    using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                    return zip.GetEntry("word/document.xml") is null ? "DOCX has no word/document.xml" : null;
                }
                catch (InvalidDataException e)
                {
                    return "DOCX is not a valid zip: " + e.Message;
                }

            case ".png":
                return bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) && bytes.AsSpan().EndsWith(new byte[] { 0xAE, 0x42, 0x60, 0x82 }) ? null : "PNG is truncated";
            case ".json":
                try
                {
                    JsonDocument.Parse(bytes).Dispose();
                    return null;
                }
                catch (JsonException e)
                {
                    return "JSON is invalid: " + e.Message;
                }

            default:
                return null;
        }
    }
}
