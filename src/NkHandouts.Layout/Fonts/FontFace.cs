using System.Buffers.Binary;

namespace NkHandouts.Layout;

/// <summary>
/// One TrueType/OpenType face read with a small parser of its own (head, hhea, hmtx, maxp, cmap 4/12, OS/2, name):
/// enough to measure text and know which characters the face covers, with no native code and no dependence on the
/// PDF writer. Deterministic: the same file gives the same metrics on every machine.
/// </summary>
public sealed class FontFace
{
    private readonly ushort[] advances;
    private readonly ushort[] bmp = new ushort[65536];
    private readonly Dictionary<int, ushort>? astral;

    private FontFace(string path, byte[] data)
    {
        FilePath = path;
        Data = data;
        var tables = ReadTableDirectory(data);
        var head = Table(tables, "head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(head + 18));
        var macStyle = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(head + 44));
        var hhea = Table(tables, "hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(hhea + 4)) / (double)UnitsPerEm;
        Descent = -BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(hhea + 6)) / (double)UnitsPerEm;
        LineGap = BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(hhea + 8)) / (double)UnitsPerEm;
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(hhea + 34));
        var glyphs = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Table(tables, "maxp") + 4));
        var hmtx = Table(tables, "hmtx");
        advances = new ushort[Math.Max(glyphs, metrics)];
        for (var g = 0; g < advances.Length; g++)
        {
            advances[g] = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(hmtx + 4 * Math.Min(g, metrics - 1)));
        }

        astral = ReadCmap(data, Table(tables, "cmap"), bmp);
        var bold = (macStyle & 1) != 0;
        var italic = (macStyle & 2) != 0;
        if (tables.TryGetValue("OS/2", out var os2))
        {
            var selection = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(os2 + 62));
            bold |= (selection & 0x20) != 0;
            italic |= (selection & 0x201) != 0;
        }

        Style = FontStyles.Of(bold, italic);
        FamilyName = tables.TryGetValue("name", out var name) ? ReadName(data, name, 16) ?? ReadName(data, name, 1) ?? Path.GetFileNameWithoutExtension(path) : Path.GetFileNameWithoutExtension(path);
        Key = ContentKey(data);
    }

    /// <summary>Where the face was read from.</summary>
    public string FilePath { get; }

    /// <summary>The font file's bytes, for embedding.</summary>
    public byte[] Data { get; }

    /// <summary>A short stable id from the file's content (same file, same key on every machine).</summary>
    public string Key { get; }

    public string FamilyName { get; }
    public FontStyle Style { get; }
    public int UnitsPerEm { get; }

    /// <summary>Ascent, descent (positive) and line gap in ems.</summary>
    public double Ascent { get; }
    public double Descent { get; }
    public double LineGap { get; }

    /// <exception cref="FontUnreadableException">The file is not a font this parser reads, is cut short, or cannot be read.</exception>
    public static FontFace Load(string path)
    {
        try
        {
            return new(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            // Out-of-range reads mean a table points past the end of the file: a truncated or damaged font.
            var reason = e is InvalidDataException or IOException or UnauthorizedAccessException ? e.Message : "the file is damaged or cut short (a table points past its end)";
            throw new FontUnreadableException(path, reason, e);
        }
    }

    /// <summary>Family name and style of a font file without building its glyph maps (for indexing font folders).</summary>
    public static (string Family, FontStyle Style, int Weight)? ReadIdentity(string path)
    {
        try
        {
            var data = File.ReadAllBytes(path);
            var tables = ReadTableDirectory(data);
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Table(tables, "head") + 44));
            var bold = (macStyle & 1) != 0;
            var italic = (macStyle & 2) != 0;
            var weight = bold ? 700 : 400;
            if (tables.TryGetValue("OS/2", out var os2))
            {
                var selection = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(os2 + 62));
                bold |= (selection & 0x20) != 0;
                italic |= (selection & 0x201) != 0;
                weight = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(os2 + 4));
            }

            var family = tables.TryGetValue("name", out var name) ? ReadName(data, name, 16) ?? ReadName(data, name, 1) : null;
            return family is null ? null : (family, FontStyles.Of(bold, italic), weight);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool HasGlyph(int codePoint) => GlyphId(codePoint) != 0;

    public int GlyphId(int codePoint) =>
        codePoint < 0x10000 ? bmp[codePoint] : astral is not null && astral.TryGetValue(codePoint, out var g) ? g : 0;

    /// <summary>Advance width of a character in ems (the .notdef advance when the face lacks it).</summary>
    public double Advance(int codePoint) => advances[GlyphId(codePoint)] / (double)UnitsPerEm;

    public override string ToString() => $"{FamilyName} {Style}";

    private static Dictionary<string, int> ReadTableDirectory(byte[] data)
    {
        if (data.Length < 12)
        {
            throw new InvalidDataException("not a font file");
        }

        var tag = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (tag is not 0x00010000 and not 0x4F54544F and not 0x74727565)
        {
            throw new InvalidDataException("not a TrueType/OpenType font (collections and WOFF are not supported)");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            var name = System.Text.Encoding.ASCII.GetString(data, rec, 4);
            tables[name] = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(rec + 8));
        }

        return tables;
    }

    private static int Table(Dictionary<string, int> tables, string name) =>
        tables.TryGetValue(name, out var offset) ? offset : throw new InvalidDataException($"font has no '{name}' table");

    private static Dictionary<int, ushort>? ReadCmap(byte[] d, int cmap, ushort[] bmp)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(cmap + 2));
        int best = -1, bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var rec = cmap + 4 + 8 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec));
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec + 2));
            var sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(rec + 4));
            var format = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(sub));
            var rank = (format, platform, encoding) switch
            {
                (12, 3, 10) or (12, 0, _) => 3,
                (4, 3, 1) => 2,
                (4, 0, _) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                (best, bestRank) = (sub, rank);
            }
        }

        if (best < 0)
        {
            throw new InvalidDataException("font has no Unicode cmap (format 4 or 12)");
        }

        return BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(best)) == 12 ? ReadFormat12(d, best, bmp) : ReadFormat4(d, best, bmp);
    }

    private static Dictionary<int, ushort>? ReadFormat4(byte[] d, int sub, ushort[] bmp)
    {
        var segs = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(sub + 6)) / 2;
        var ends = sub + 14;
        var starts = ends + 2 * segs + 2;
        var deltas = starts + 2 * segs;
        var ranges = deltas + 2 * segs;
        for (var s = 0; s < segs; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(ends + 2 * s));
            int start = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(starts + 2 * s));
            var delta = BinaryPrimitives.ReadInt16BigEndian(d.AsSpan(deltas + 2 * s));
            var rangeAt = ranges + 2 * s;
            int range = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rangeAt));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int g;
                if (range == 0)
                {
                    g = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeAt + range + 2 * (c - start);
                    g = at + 1 < d.Length ? BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(at)) : 0;
                    g = g == 0 ? 0 : (g + delta) & 0xFFFF;
                }

                bmp[c] = (ushort)g;
            }
        }

        return null;
    }

    private static Dictionary<int, ushort>? ReadFormat12(byte[] d, int sub, ushort[] bmp)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(sub + 12));
        Dictionary<int, ushort>? astral = null;
        for (var i = 0; i < groups; i++)
        {
            var at = sub + 16 + 12 * i;
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(at));
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(at + 4));
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(at + 8));
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                var g = (ushort)(glyph + c - start);
                if (c < 0x10000)
                {
                    bmp[c] = g;
                }
                else
                {
                    (astral ??= [])[c] = g;
                }
            }
        }

        return astral;
    }

    private static string? ReadName(byte[] d, int name, int wanted)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(name + 2));
        var strings = name + BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(name + 4));
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var rec = name + 6 + 12 * i;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec));
            var id = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec + 6));
            if (id != wanted)
            {
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec + 8));
            var offset = BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(rec + 10));
            if (platform is 3 or 0)
            {
                return System.Text.Encoding.BigEndianUnicode.GetString(d, strings + offset, length);
            }

            fallback ??= System.Text.Encoding.Latin1.GetString(d, strings + offset, length);
        }

        return fallback;
    }

    // A face's identity within one run (resolver and surface caches), from its bytes so two files holding the same
    // font share one. FNV-1a over 64 bits: enough for the handful of faces a template names, and it does not load
    // the system's cryptography library (OpenSSL on Linux, about 5 MB of every run's memory) for a cache key.
    private static string ContentKey(ReadOnlySpan<byte> data)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 0x100000001b3UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
