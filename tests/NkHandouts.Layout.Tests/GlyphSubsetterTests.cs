using System.Buffers.Binary;
using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

/// <summary>The subset keeps glyph ids, metrics and the character map, keeps the outlines asked for (and the parts of
/// composite glyphs), empties the rest, and is a well-formed font: table checksums and the whole-file checksum hold.</summary>
public sealed class GlyphSubsetterTests
{
    private static readonly FontFace Original = TestFonts.DejaVu.Face(FontStyle.Regular);

    private static FontFace SubsetFor(string text, out byte[] bytes)
    {
        bytes = GlyphSubsetter.Subset(Original.Data, GlyphSubsetter.GlyphsFor(Original, text.EnumerateRunes().Select(r => r.Value)));
        using var dir = new TempDir();
        var path = dir.Combine("subset.ttf");
        File.WriteAllBytes(path, bytes);
        return FontFace.Load(path);
    }

    [Fact]
    public void Keeps_the_outlines_asked_for_and_empties_the_others()
    {
        SubsetFor("Hi", out var bytes);
        Assert.True(bytes.Length < Original.Data.Length / 2, $"subset is {bytes.Length} bytes of {Original.Data.Length}");
        foreach (var c in "Hi")
        {
            var g = Original.GlyphId(c);
            Assert.True(GlyphLength(bytes, g) > 0, $"outline of '{c}' kept");
            Assert.Equal(GlyphBytes(Original.Data, g), GlyphBytes(bytes, g));
        }

        Assert.Equal(0, GlyphLength(bytes, Original.GlyphId('Z')));
        Assert.True(GlyphLength(Original.Data, Original.GlyphId('Z')) > 0);
    }

    [Fact]
    public void Glyph_ids_advances_and_character_map_are_unchanged()
    {
        var subset = SubsetFor("Hi", out _);
        for (var c = 0x20; c < 0x250; c++)
        {
            Assert.Equal(Original.GlyphId(c), subset.GlyphId(c));
            Assert.Equal(Original.Advance(c), subset.Advance(c));
        }
    }

    [Fact]
    public void Composite_glyphs_keep_their_components()
    {
        var composite = Enumerable.Range(0xC0, 0x80).First(c => Original.GlyphId(c) != 0 && IsComposite(Original.Data, Original.GlyphId(c)));
        var text = char.ConvertFromUtf32(composite);
        SubsetFor(text, out var bytes);
        Assert.True(GlyphLength(bytes, Original.GlyphId(composite)) > 0);
        var baseLetter = text.Normalize(System.Text.NormalizationForm.FormD)[0];
        Assert.True(GlyphLength(bytes, Original.GlyphId(baseLetter)) > 0, $"component '{baseLetter}' of U+{composite:X4} kept");
    }

    [Fact]
    public void Checksums_are_valid()
    {
        SubsetFor("Checksums", out var bytes);
        uint whole = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            whole = unchecked(whole + BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i)));
        }

        Assert.Equal(0xB1B0AFBAu, whole);
        foreach (var (tag, offset, length, checksum) in Tables(bytes).Where(t => t.Tag != "head"))
        {
            uint sum = 0;
            var padded = (length + 3) & ~3;
            for (var i = 0; i < padded; i += 4)
            {
                sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + i)));
            }

            Assert.True(sum == checksum, $"checksum of '{tag}'");
        }
    }

    private static IEnumerable<(string Tag, int Offset, int Length, uint Checksum)> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            yield return (System.Text.Encoding.ASCII.GetString(font, rec, 4), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 12)), BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 4)));
        }
    }

    private static (int Start, int End) Glyph(byte[] font, int glyph)
    {
        var tables = Tables(font).ToDictionary(t => t.Tag);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        int At(int g) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(tables["loca"].Offset + 4 * g))
            : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["loca"].Offset + 2 * g)) * 2;
        return (tables["glyf"].Offset + At(glyph), tables["glyf"].Offset + At(glyph + 1));
    }

    private static int GlyphLength(byte[] font, int glyph) => Glyph(font, glyph) is var (s, e) ? e - s : 0;

    /// <summary>A glyph's bytes without the alignment padding the subset may add.</summary>
    private static byte[] GlyphBytes(byte[] font, int glyph)
    {
        var (s, e) = Glyph(font, glyph);
        return font.AsSpan(s, e - s).ToArray().Reverse().SkipWhile(b => b == 0).Reverse().ToArray();
    }

    private static bool IsComposite(byte[] font, int glyph) =>
        GlyphLength(font, glyph) > 0 && BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(Glyph(font, glyph).Start)) < 0;
}
