using System.IO.Compression;

namespace NkHandouts.Pdf;

/// <summary>The one way our PDFs compress a stream (zlib, smallest size): the page writer and the finisher must give
/// the same bytes for the same data, or outputs would differ with where a stream was compressed.</summary>
internal static class Flate
{
    public static byte[] Encode(ReadOnlySpan<byte> data)
    {
        var packed = new MemoryStream(data.Length / 3 + 64);
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(data);
        }

        return packed.ToArray();
    }
}
