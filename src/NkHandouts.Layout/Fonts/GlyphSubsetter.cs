using System.Buffers.Binary;

namespace NkHandouts.Layout;

/// <summary>
/// Makes a smaller copy of a TrueType font that keeps every table, every glyph id and the whole character map, but
/// empties the outlines of glyphs outside a kept set. Because no glyph is renumbered, the tables that refer to glyph
/// ids (cmap, hmtx, kern, GPOS, GSUB) stay valid unchanged (glyph names in 'post' are dropped), and a program shaping text with the copy gets exactly the
/// advances and kerning of the original: only the shapes of unkept glyphs are gone. Composite glyphs keep their
/// components. Fonts without TrueType outlines (CFF) are returned as they are.
/// </summary>
public static class GlyphSubsetter
{
    /// <summary>The copy keeping the outlines of <paramref name="keep"/> (plus .notdef and composite components).</summary>
    public static byte[] Subset(byte[] font, IEnumerable<int> keep)
    {
        var tables = Directory(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return font;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + 4 * g))
                : BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + 2 * g)) * 2;
        }

        var kept = Closure(font, glyf.Offset, offsets, keep.Where(g => g >= 0 && g < glyphCount).Append(0));
        var newGlyf = new MemoryStream();
        var newOffsets = new int[glyphCount + 1];
        for (var g = 0; g < glyphCount; g++)
        {
            newOffsets[g] = (int)newGlyf.Length;
            if (kept.Contains(g) && offsets[g + 1] > offsets[g])
            {
                newGlyf.Write(font, glyf.Offset + offsets[g], offsets[g + 1] - offsets[g]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        newOffsets[glyphCount] = (int)newGlyf.Length;
        var newLoca = new byte[(glyphCount + 1) * (longOffsets ? 4 : 2)];
        for (var g = 0; g <= glyphCount; g++)
        {
            if (longOffsets)
            {
                BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newOffsets[g]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * g), (ushort)(newOffsets[g] / 2));
            }
        }

        var replaced = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["glyf"] = newGlyf.ToArray(), ["loca"] = newLoca };
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // Glyph names serve only PostScript printing of the raw font; version 3 keeps the metrics header alone.
            var header = font.AsSpan(post.Offset, 32).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(header, 0x00030000);
            replaced["post"] = header;
        }

        return Assemble(font, tables, replaced);
    }

    /// <summary>Every glyph a program may draw for the given characters: their glyphs, glyphs no character maps to
    /// (ligatures, contextual and mark forms that shaping can substitute in), and .notdef.</summary>
    public static ISet<int> GlyphsFor(FontFace face, IEnumerable<int> codePoints)
    {
        var glyphs = new HashSet<int> { 0 };
        var mapped = new HashSet<int>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var g = face.GlyphId(cp);
            if (g != 0)
            {
                mapped.Add(g);
            }
        }

        foreach (var cp in codePoints)
        {
            var g = face.GlyphId(cp);
            if (g != 0)
            {
                glyphs.Add(g);
            }
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(face.Data.AsSpan(Directory(face.Data)["maxp"].Offset + 4));
        for (var g = 1; g < count; g++)
        {
            if (!mapped.Contains(g))
            {
                glyphs.Add(g);
            }
        }

        return glyphs;
    }

    private static HashSet<int> Closure(byte[] font, int glyf, int[] offsets, IEnumerable<int> roots)
    {
        var kept = new HashSet<int>();
        var pending = new Stack<int>(roots);
        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (!kept.Add(g) || offsets[g + 1] - offsets[g] < 10)
            {
                continue;
            }

            var at = glyf + offsets[g];
            if (BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(at)) >= 0)
            {
                continue;
            }

            // Composite glyph: flags, glyph index, arguments, optional transform; MORE_COMPONENTS chains them.
            var p = at + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(p));
                var component = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(p + 2));
                if (component < offsets.Length - 1)
                {
                    pending.Push(component);
                }

                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
            }
            while ((flags & 0x0020) != 0);
        }

        return kept;
    }

    private static byte[] Assemble(byte[] font, Dictionary<string, (int Offset, int Length)> tables, Dictionary<string, byte[]> replaced)
    {
        // A digital signature would no longer match the changed bytes: leave it out.
        var names = tables.Keys.Where(n => n != "DSIG").OrderBy(n => n, StringComparer.Ordinal).ToList();
        var header = 12 + 16 * names.Count;
        var bodies = names.Select(n => replaced.TryGetValue(n, out var b) ? b : font.AsSpan(tables[n].Offset, tables[n].Length).ToArray()).ToList();
        var size = header + bodies.Sum(b => Pad(b.Length));
        var output = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(output, BinaryPrimitives.ReadUInt32BigEndian(font));
        var entrySelector = (int)Math.Floor(Math.Log2(names.Count));
        var searchRange = (1 << entrySelector) * 16;
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)names.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(names.Count * 16 - searchRange));
        var offset = header;
        var headAt = -1;
        for (var i = 0; i < names.Count; i++)
        {
            var body = bodies[i];
            if (names[i] == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(8), 0);
                headAt = offset;
            }

            body.CopyTo(output, offset);
            var rec = 12 + 16 * i;
            System.Text.Encoding.ASCII.GetBytes(names[i], output.AsSpan(rec, 4));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(rec + 4), Checksum(output.AsSpan(offset, Pad(body.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(rec + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(rec + 12), (uint)body.Length);
            offset += Pad(body.Length);
        }

        if (headAt >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - Checksum(output)));
        }

        return output;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }

    private static Dictionary<string, (int Offset, int Length)> Directory(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            tables[System.Text.Encoding.ASCII.GetString(font, rec, 4)] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(rec + 12)));
        }

        return tables;
    }
}
