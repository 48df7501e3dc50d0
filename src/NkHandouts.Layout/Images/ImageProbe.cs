using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace NkHandouts.Layout;

/// <summary>
/// Checks an untrusted PNG or JPEG before any decoder sees it: the format from its signature, the pixel size from
/// its header, refused over a pixel limit (a few kilobytes can inflate to gigabytes), and for PNG the whole chunk
/// structure (CRCs, IHDR, IDAT, IEND) plus a streaming inflate that must yield exactly the bytes the header promises.
/// The inflate never holds more than one buffer, so a bomb is caught without allocating it.
/// </summary>
public static class ImageProbe
{
    /// <summary>The image, or null with a reason a person can act on.</summary>
    public static ImageData? Check(byte[] bytes, long maxPixels, out string? reason)
    {
        reason = null;
        if (bytes.AsSpan().StartsWith(PngSignature))
        {
            reason = CheckPng(bytes, maxPixels);
        }
        else if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            reason = CheckJpeg(bytes, maxPixels);
        }
        else
        {
            reason = "it is not a PNG or JPEG file" + Sniff(bytes);
            return null;
        }

        if (reason is not null)
        {
            return null;
        }

        var data = ImageData.TryRead(bytes);
        reason = data is null ? "its header cannot be read" : null;
        return data;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static string? CheckPng(byte[] b, long maxPixels)
    {
        var at = 8;
        var first = true;
        int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
        var idat = new List<(int Start, int Length)>();
        while (true)
        {
            if (at + 12 > b.Length)
            {
                return "the PNG file is truncated (no IEND chunk)";
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
            if (length > int.MaxValue || at + 12 + (long)length > b.Length)
            {
                return "the PNG file is truncated or damaged (a chunk runs past the end)";
            }

            var type = System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
            var data = b.AsSpan(at + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at + 8 + (int)length));
            if (Crc32.Of(b.AsSpan(at + 4, 4 + (int)length)) != crc)
            {
                return $"the PNG file is damaged (bad checksum in its '{type}' chunk)";
            }

            if (first)
            {
                if (type != "IHDR" || length != 13)
                {
                    return "the PNG file is damaged (it does not start with a header chunk)";
                }

                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                if (width <= 0 || height <= 0 || Channels(colourType) == 0 || !ValidDepth(colourType, bitDepth) || interlace > 1 || data[10] != 0 || data[11] != 0)
                {
                    return "the PNG header is invalid (size, bit depth or colour type)";
                }

                if ((long)width * height > maxPixels)
                {
                    return TooBig(width, height, maxPixels);
                }

                first = false;
            }
            else if (type == "IDAT")
            {
                idat.Add((at + 8, (int)length));
            }
            else if (type == "IEND")
            {
                break;
            }

            at += 12 + (int)length;
        }

        if (idat.Count == 0)
        {
            return "the PNG file has no image data";
        }

        var expected = RawSize(width, height, Channels(colourType) * bitDepth, interlace == 1);
        long inflated;
        try
        {
            using var z = new ZLibStream(new ChunkStream(b, idat), CompressionMode.Decompress);
            inflated = Drain(z, expected + 1);
        }
        catch (InvalidDataException)
        {
            return "the PNG image data is damaged (it does not decompress)";
        }

        return inflated == expected ? null
            : $"the PNG image data is damaged ({inflated.ToString(CultureInfo.InvariantCulture)} bytes where the header promises {expected.ToString(CultureInfo.InvariantCulture)})";
    }

    private static string? CheckJpeg(byte[] b, long maxPixels)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                return "the JPEG file is damaged (a segment marker is missing)";
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            var length = (b[i + 2] << 8) | b[i + 3];
            if (length < 2 || i + 2 + length > b.Length)
            {
                return "the JPEG file is truncated";
            }

            if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (length < 8)
                {
                    return "the JPEG header is invalid";
                }

                var h = (b[i + 5] << 8) | b[i + 6];
                var w = (b[i + 7] << 8) | b[i + 8];
                var components = b[i + 9];
                if (w == 0 || h == 0 || components is not (1 or 3 or 4))
                {
                    return "the JPEG header is invalid (zero size or unusual colour components)";
                }

                return (long)w * h > maxPixels ? TooBig(w, h, maxPixels) : null;
            }

            if (marker == 0xDA)
            {
                break; // start of scan before any frame header
            }

            i += 2 + length;
        }

        return "the JPEG file is damaged (no frame header)";
    }

    private static string TooBig(long w, long h, long max) =>
        string.Create(CultureInfo.InvariantCulture, $"it is {w} × {h} = {w * h:N0} pixels; the limit is {max:N0} (a file this large can exhaust memory when decoded)");

    private static string Sniff(byte[] b)
    {
        var head = System.Text.Encoding.ASCII.GetString(b, 0, Math.Min(b.Length, 64)).TrimStart();
        return head.StartsWith("GIF8", StringComparison.Ordinal) ? " (it is a GIF)"
            : head.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<?xml", StringComparison.Ordinal) ? " (it is SVG or XML)"
            : head.StartsWith("RIFF", StringComparison.Ordinal) ? " (it is WebP or another RIFF format)"
            : "";
    }

    private static int Channels(int colourType) => colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };

    private static bool ValidDepth(int colourType, int depth) => colourType switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        _ => depth is 8 or 16,
    };

    /// <summary>Filtered scanline bytes the image data must inflate to (each row has a filter byte).</summary>
    internal static long RawSize(long w, long h, int bitsPerPixel, bool adam7)
    {
        static long Rows(long pw, long ph, int bpp) => pw == 0 || ph == 0 ? 0 : ph * (1 + ((pw * bpp) + 7) / 8);
        if (!adam7)
        {
            return Rows(w, h, bitsPerPixel);
        }

        // Adam7: seven passes, each a sub-image with its own rows (x0, y0, dx, dy per pass).
        ReadOnlySpan<int> p = [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];
        long total = 0;
        for (var k = 0; k < 28; k += 4)
        {
            var pw = (w - p[k] + p[k + 2] - 1) / p[k + 2];
            var ph = (h - p[k + 1] + p[k + 3] - 1) / p[k + 3];
            total += Rows(Math.Max(0, pw), Math.Max(0, ph), bitsPerPixel);
        }

        return total;
    }

    private static long Drain(Stream s, long cap)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < cap && (n = s.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <summary>The IDAT chunks' payloads read as one stream without copying them together.</summary>
    private sealed class ChunkStream(byte[] bytes, List<(int Start, int Length)> chunks) : Stream
    {
        private int chunk;
        private int offset;

        public override int Read(byte[] buffer, int start, int count)
        {
            while (chunk < chunks.Count && offset == chunks[chunk].Length)
            {
                (chunk, offset) = (chunk + 1, 0);
            }

            if (chunk == chunks.Count)
            {
                return 0;
            }

            var n = Math.Min(count, chunks[chunk].Length - offset);
            Array.Copy(bytes, chunks[chunk].Start + offset, buffer, start, n);
            offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long o, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int o, int count) => throw new NotSupportedException();
    }
}
