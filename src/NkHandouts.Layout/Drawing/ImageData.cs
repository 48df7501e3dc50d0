namespace NkHandouts.Layout;

public enum ImageFormat
{
    Png,
    Jpeg,
}

/// <summary>An encoded raster image with its pixel size read from the header (no decoding needed to lay it out).</summary>
public sealed class ImageData
{
    private ImageData(byte[] bytes, ImageFormat format, int pixelWidth, int pixelHeight)
    {
        Bytes = bytes;
        Format = format;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    public byte[] Bytes { get; }
    public ImageFormat Format { get; }
    public int PixelWidth { get; }
    public int PixelHeight { get; }

    /// <summary>Reads PNG (IHDR) or JPEG (SOFn) dimensions; null for anything else or a damaged header.</summary>
    public static ImageData? TryRead(byte[] bytes)
    {
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G')
        {
            return new ImageData(bytes, ImageFormat.Png, BigEndian(bytes, 16), BigEndian(bytes, 20));
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < bytes.Length && bytes[i] == 0xFF)
            {
                var marker = bytes[i + 1];
                var length = (bytes[i + 2] << 8) | bytes[i + 3];
                if (marker is >= 0xC0 and <= 0xCF && marker is not 0xC4 and not 0xC8 and not 0xCC)
                {
                    var h = (bytes[i + 5] << 8) | bytes[i + 6];
                    var w = (bytes[i + 7] << 8) | bytes[i + 8];
                    return w > 0 && h > 0 ? new ImageData(bytes, ImageFormat.Jpeg, w, h) : null;
                }

                i += 2 + length;
            }
        }

        return null;
    }

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
