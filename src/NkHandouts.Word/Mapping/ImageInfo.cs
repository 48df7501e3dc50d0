using System.Buffers.Binary;

namespace NkHandouts.Word.Mapping;

/// <summary>Format and pixel size read from an image's header (PNG, JPEG, GIF): enough to size the picture in the
/// document without decoding it.</summary>
internal sealed record ImageInfo(string ContentType, string Extension, int Width, int Height)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInfo? Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data.StartsWith(PngSignature))
        {
            return new ImageInfo("image/png", "png", BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 10 && (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8)))
        {
            return new ImageInfo("image/gif", "gif", BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? Jpeg(data) : null;
    }

    private static ImageInfo? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new ImageInfo("image/jpeg", "jpeg", BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }
}
