using System.IO.Compression;
using System.Text;

namespace NkHandouts.Testing;

/// <summary>
/// Hand-built image files for hostile-input tests: a valid RGB PNG, a PNG whose header claims any size (the
/// decompression-bomb shape), and a JPEG whose frame header claims any size. Written here, independently of the
/// product's reader, with a bitwise CRC rather than the product's table.
/// </summary>
public static class TestImages
{
    /// <summary>A valid w × h RGB PNG, filled with one colour.</summary>
    public static byte[] Png(int w, int h, byte r = 0, byte g = 94, byte b = 165)
    {
        var raw = new byte[h * (1 + (w * 3))];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * (1 + (w * 3))) + 1 + (x * 3);
                (raw[i], raw[i + 1], raw[i + 2]) = (r, g, b);
            }
        }

        return PngWithData(w, h, Deflate(raw));
    }

    /// <summary>A PNG whose header says w × h but whose image data is tiny (inflating to far fewer bytes).</summary>
    public static byte[] PngClaiming(int w, int h) => PngWithData(w, h, Deflate(new byte[1024]));

    /// <summary>A PNG with valid checksums around the given (possibly wrong) compressed data.</summary>
    public static byte[] PngWithData(int w, int h, byte[] idat)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BigEndian(ihdr, 0, (uint)w);
        BigEndian(ihdr, 4, (uint)h);
        (ihdr[8], ihdr[9]) = (8, 2); // 8-bit RGB, deflate, no filter method, no interlace
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", idat);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    /// <summary>A minimal JPEG whose SOF0 frame header says w × h (no real scan data).</summary>
    public static byte[] JpegClaiming(int w, int h) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x0B, 8, (byte)(h >> 8), (byte)h, (byte)(w >> 8), (byte)w, 1, 1, 0x11, 0,
        0xFF, 0xD9,
    ];

    public static byte[] Gif => "GIF89a\x01\x00\x01\x00\x00\x00\x00;"u8.ToArray();

    public static byte[] Deflate(byte[] raw)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BigEndian(head, 0, (uint)data.Length);
        Encoding.ASCII.GetBytes(type, 0, 4, head, 4);
        s.Write(head);
        s.Write(data);
        var crc = new byte[4];
        BigEndian(crc, 0, Crc([.. head[4..], .. data]));
        s.Write(crc);
    }

    private static uint Crc(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++)
            {
                c = (c >> 1) ^ (0xEDB88320u & (uint)-(int)(c & 1));
            }
        }

        return ~c;
    }

    private static void BigEndian(byte[] b, int at, uint v) =>
        (b[at], b[at + 1], b[at + 2], b[at + 3]) = ((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
}
