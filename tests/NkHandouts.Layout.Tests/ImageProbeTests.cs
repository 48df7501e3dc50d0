using CsCheck;

namespace NkHandouts.Layout.Tests;

/// <summary>Untrusted raster images are checked before any decoder: corrupt, unsupported or oversized files are
/// refused with a reason, never an exception and never a large allocation.</summary>
public sealed class ImageProbeTests
{
    private const long Limit = 40_000_000;

    [Fact]
    public void A_valid_png_passes_with_its_size()
    {
        var data = ImageProbe.Check(TestImages.Png(30, 20), Limit, out var reason);
        Assert.Null(reason);
        Assert.NotNull(data);
        Assert.Equal((30, 20), (data.PixelWidth, data.PixelHeight));
    }

    [Fact]
    public void A_png_claiming_too_many_pixels_is_refused_from_its_header()
    {
        // 50,000 × 50,000 RGB would be 7.5 GB decoded; the file is a few hundred bytes.
        var bomb = TestImages.PngClaiming(50_000, 50_000);
        Assert.True(bomb.Length < 2_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Null(ImageProbe.Check(bomb, Limit, out var reason));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "the probe allocated like a decoder");
        Assert.Contains("2,500,000,000 pixels; the limit is 40,000,000", reason);
    }

    [Fact]
    public void The_pixel_limit_is_the_callers()
    {
        var png = TestImages.Png(100, 100);
        Assert.Null(ImageProbe.Check(png, 9_999, out var reason));
        Assert.Contains("limit is 9,999", reason);
        Assert.NotNull(ImageProbe.Check(png, 10_000, out _));
    }

    [Fact]
    public void A_png_whose_data_is_smaller_than_its_header_says_is_refused()
    {
        Assert.Null(ImageProbe.Check(TestImages.PngClaiming(2_000, 2_000), Limit, out var reason));
        Assert.Contains("damaged", reason);
    }

    [Fact]
    public void A_png_whose_data_is_not_zlib_is_refused()
    {
        Assert.Null(ImageProbe.Check(TestImages.PngWithData(10, 10, [1, 2, 3, 4, 5, 6, 7, 8]), Limit, out var reason));
        Assert.Contains("does not decompress", reason);
    }

    [Fact]
    public void Truncated_and_flipped_pngs_are_refused()
    {
        var png = TestImages.Png(16, 16);
        Assert.Null(ImageProbe.Check(png[..(png.Length - 20)], Limit, out var truncated));
        Assert.Contains("truncated", truncated);
        var flipped = (byte[])png.Clone();
        flipped[40] ^= 0x55;
        Assert.Null(ImageProbe.Check(flipped, Limit, out var bad));
        Assert.Contains("checksum", bad);
    }

    [Fact]
    public void A_jpeg_claiming_too_many_pixels_is_refused()
    {
        Assert.Null(ImageProbe.Check(TestImages.JpegClaiming(65_000, 65_000), Limit, out var reason));
        Assert.Contains("limit is 40,000,000", reason);
        Assert.NotNull(ImageProbe.Check(TestImages.JpegClaiming(640, 480), Limit, out _));
    }

    [Fact]
    public void Other_formats_are_named()
    {
        Assert.Null(ImageProbe.Check(TestImages.Gif, Limit, out var gif));
        Assert.Equal("it is not a PNG or JPEG file (it is a GIF)", gif);
        Assert.Null(ImageProbe.Check("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray(), Limit, out var svg));
        Assert.Contains("SVG", svg);
        Assert.Null(ImageProbe.Check([], Limit, out _));
    }

    [Fact]
    public void Interlaced_sizes_match_the_seven_passes()
    {
        // 1 × 1: only pass 1 has a pixel. 8 × 8 RGB: passes hold 1,1,2,4,8,16,32 pixels in 1,1,1,2,2,4,4 rows.
        Assert.Equal(1 + 3, ImageProbe.RawSize(1, 1, 24, adam7: true));
        Assert.Equal((64 * 3) + 15, ImageProbe.RawSize(8, 8, 24, adam7: true));
    }

    [Fact]
    public void Random_mutations_of_images_never_throw()
    {
        var seeds = new[] { TestImages.Png(12, 9), TestImages.JpegClaiming(20, 20), TestImages.PngClaiming(300, 300) };
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 400].Array[1, 6], Gen.Byte.Array[1, 6], Gen.Int[0, 3]).Sample((seed, at, values, cut) =>
        {
            var bytes = (byte[])seeds[seed].Clone();
            for (var i = 0; i < at.Length && i < values.Length; i++)
            {
                bytes[at[i] % bytes.Length] = values[i];
            }

            bytes = bytes[..Math.Max(0, bytes.Length - (cut * 7))];
            var data = ImageProbe.Check(bytes, Limit, out var reason);
            Assert.True((data is null) != (reason is null));
            if (data is not null)
            {
                Assert.True(data.PixelWidth > 0 && data.PixelHeight > 0 && (long)data.PixelWidth * data.PixelHeight <= Limit);
            }
        }, iter: Fuzz.Iterations(5_000));
    }
}
