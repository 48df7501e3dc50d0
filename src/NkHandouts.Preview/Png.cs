using SkiaSharp;

namespace NkHandouts.Preview;

/// <summary>PNG encoding. Skia's encoder writes no time or text chunks, so equal pixels give equal bytes.</summary>
internal static class Png
{
    public static byte[] Encode(SKBitmap bitmap)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
