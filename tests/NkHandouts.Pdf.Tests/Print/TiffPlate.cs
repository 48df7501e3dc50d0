using System.Buffers.Binary;
using SkiaSharp;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// One ink plate from Ghostscript's tiffsep device (uncompressed 8-bit gray TIFF, 255 = no ink), read with a
/// minimal TIFF reader: width, height, strips. <see cref="Ink"/> is 0 (none) to 255 (solid).
/// </summary>
public sealed class TiffPlate
{
    private readonly byte[] pixels;

    private TiffPlate(int width, int height, byte[] pixels) => (Width, Height, this.pixels) = (width, height, pixels);

    public int Width { get; }
    public int Height { get; }

    public int Ink(int x, int y) => x < 0 || y < 0 || x >= Width || y >= Height ? 0 : 255 - pixels[y * Width + x];

    /// <summary>The most ink in a pixel rectangle (clipped to the plate).</summary>
    public int MaxInk(int x0, int y0, int x1, int y1)
    {
        var max = 0;
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                max = Math.Max(max, Ink(x, y));
            }
        }

        return max;
    }

    /// <summary>The least ink in a pixel rectangle (clipped to the plate; 255 when it is empty).</summary>
    public int MinInk(int x0, int y0, int x1, int y1)
    {
        var min = 255;
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                min = Math.Min(min, Ink(x, y));
            }
        }

        return min;
    }

    public static TiffPlate Read(string path)
    {
        var d = File.ReadAllBytes(path);
        var little = d[0] == 'I';
        uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(d.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(at));
        ushort U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(d.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(at));

        var ifd = (int)U32(4);
        var tags = new Dictionary<int, (int Type, int Count, int Value, int At)>();
        for (var i = 0; i < U16(ifd); i++)
        {
            var at = ifd + 2 + 12 * i;
            var type = U16(at + 2);
            tags[U16(at)] = (type, (int)U32(at + 4), type == 3 ? U16(at + 8) : (int)U32(at + 8), at + 8);
        }

        if (tags.TryGetValue(259, out var compression) && compression.Value != 1)
        {
            throw new InvalidDataException($"{path}: compressed TIFF (run gs with -sCompression=none)");
        }

        int[] Values(int tag)
        {
            var t = tags[tag];
            if (t.Count == 1)
            {
                return [t.Value];
            }

            var size = t.Type == 3 ? 2 : 4;
            var start = (int)U32(t.At);
            return [.. Enumerable.Range(0, t.Count).Select(i => size == 2 ? U16(start + 2 * i) : (int)U32(start + 4 * i))];
        }

        var width = tags[256].Value;
        var height = tags[257].Value;
        var pixels = new byte[width * height];
        var offsets = Values(273);
        var counts = Values(279);
        var pos = 0;
        for (var s = 0; s < offsets.Length; s++)
        {
            var n = Math.Min(counts[s], pixels.Length - pos);
            Array.Copy(d, offsets[s], pixels, pos, n);
            pos += n;
        }

        return new TiffPlate(width, height, pixels);
    }

    /// <summary>Writes the plate as a grayscale PNG (ink dark), for a person to look at.</summary>
    public void SavePng(string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Gray8, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
