using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NkHandouts.Hashing;

namespace NkHandouts.Pdf;

/// <summary>
/// Rewrites the uncompressed file PDFsharp saved, object by object:
/// <list type="bullet">
/// <item>compresses every unfiltered stream (but the XMP metadata) with .NET's ZLibStream — PDFsharp's own flate
/// streams lack the zlib end marker, which <c>qpdf --check</c> reports;</item>
/// <item>replaces the random bytes PDFsharp writes (subset-font tags, XMP uuids, trailer /ID) with values derived
/// from a hash of everything else, so the same input gives the same file;</item>
/// <item>replaces PDFsharp's XMP with an <see cref="XmpPacket"/> when given one (to carry conformance claims);</item>
/// <item>writes a fresh cross-reference table and trailer.</item>
/// </list>
/// It reads only what PDFsharp writes (classic xref, direct stream lengths) and fails loudly on anything else.
/// Objects stay where they are in the saved file (ranges, not copies) unless they change — a compressed stream,
/// the XMP packet, a font dictionary's subset tag — and go straight to the destination: a long document's file is
/// held once, not three times.
/// </summary>
internal static partial class PdfFinisher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <param name="xmp">A packet replacing PDFsharp's (print files: the PDF/X identification).</param>
    /// <param name="pdfUa">Identify the file as PDF/UA-1 in its XMP (reading PDFs; not imposed press sheets).</param>
    public static void Finish(ReadOnlySpan<byte> pdf, Stream destination, XmpPacket? xmp = null, bool pdfUa = false)
    {
        var (headerLength, objects, trailer) = Parse(pdf);
        if (xmp is not null)
        {
            ReplaceXmp(pdf, objects, xmp);
        }

        for (var i = 0; i < objects.Count; i++)
        {
            var o = objects[i];
            var body = o.Of(pdf);
            if (pdfUa && IsMetadata(body))
            {
                o = o with { Own = XmpIdentification.AddPdfUa(body.ToArray()) };
                body = o.Own;
            }

            if (Compress(body) is { } packed)
            {
                o = o with { Own = packed };
            }

            objects[i] = o;
        }

        // Hash the document with its random parts blanked, then derive replacements from that hash.
        var tags = new List<string>();
        foreach (var o in objects)
        {
            foreach (var at in SubsetTags(DictionaryPart(o.Of(pdf))))
            {
                var tag = Latin1.GetString(o.Of(pdf).Slice(at, 6));
                if (!tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
        }

        var blank = tags.ToDictionary(t => t, _ => "AAAAAA");
        var sha = new Sha256();
        var unused = 0;
        foreach (var o in objects)
        {
            var body = o.Of(pdf);
            sha.Append(Replace(body, blank, null, ref unused) ?? body);
        }

        var digest = sha.Finish();
        var map = tags.Select((t, i) => (t, Tag(digest, i))).ToDictionary(p => p.t, p => p.Item2);
        var uuidIndex = 0;

        var output = new CountingWriter(destination);
        output.Write(pdf[..headerLength]);
        var size = objects.Count == 0 ? 1 : objects.Max(o => o.Number) + 1;
        var offsets = new long[size];
        Array.Fill(offsets, -1);
        foreach (var o in objects)
        {
            offsets[o.Number] = output.Position;
            var body = o.Of(pdf);
            output.Write(Latin1.GetBytes(o.Number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n"));
            output.Write(Replace(body, map, digest, ref uuidIndex) ?? body);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        output.Write(Latin1.GetBytes("xref\n0 " + size.ToString(CultureInfo.InvariantCulture) + "\n"));
        output.Write("0000000000 65535 f \n"u8);
        Span<byte> entry = stackalloc byte[20];
        "0000000000 00000 n \n"u8.CopyTo(entry);
        for (var n = 1; n < size; n++)
        {
            if (offsets[n] < 0)
            {
                output.Write("0000000000 65535 f \n"u8);
                continue;
            }

            offsets[n].TryFormat(entry[..10], out _, "D10", CultureInfo.InvariantCulture);
            output.Write(entry);
        }

        var id = Convert.ToHexString(digest, 0, 16);
        var trailerDict = TrailerId().Replace(trailer, $"/ID[<{id}><{id}>]");
        trailerDict = TrailerSize().Replace(trailerDict, "/Size " + size.ToString(CultureInfo.InvariantCulture));
        output.Write(Latin1.GetBytes("trailer\n" + trailerDict + "\nstartxref\n" + xref.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n"));
    }

    /// <summary>An object of the saved file: its body where it lies in the file, or its own bytes once changed.</summary>
    private readonly record struct PdfObject(int Number, int Start, int Length, byte[]? Own = null)
    {
        public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> pdf) => Own ?? pdf.Slice(Start, Length);
    }

    /// <summary>Writes through to the destination and counts the bytes, for the cross-reference offsets.</summary>
    private sealed class CountingWriter(Stream destination)
    {
        public long Position { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            destination.Write(bytes);
            Position += bytes.Length;
        }
    }

    private static (int HeaderLength, List<PdfObject> Objects, string Trailer) Parse(ReadOnlySpan<byte> pdf)
    {
        var objects = new List<PdfObject>();
        var firstObj = pdf.IndexOf("\n1 0 obj\n"u8);
        if (!pdf.StartsWith("%PDF-"u8) || firstObj < 0)
        {
            throw new InvalidDataException("not a PDFsharp file");
        }

        var pos = firstObj + 1;
        while (true)
        {
            var rest = pdf[pos..];
            if (rest.StartsWith("xref"u8))
            {
                break;
            }

            var objWord = rest.IndexOf(" 0 obj\n"u8);
            if (objWord < 0)
            {
                throw new InvalidDataException($"object expected at byte {pos}");
            }

            var number = int.Parse(Latin1.GetString(rest[..objWord]), NumberStyles.None, CultureInfo.InvariantCulture);
            var bodyStart = pos + objWord + 7;
            var body = pdf[bodyStart..];
            var end = body.IndexOf("\nendobj\n"u8);
            var streamAt = body.IndexOf(">>\nstream\n"u8);
            int bodyLength;
            if (streamAt >= 0 && (end < 0 || streamAt < end))
            {
                var dict = Latin1.GetString(body[..(streamAt + 2)]);
                var length = StreamLength().Match(dict);
                if (!length.Success)
                {
                    throw new InvalidDataException($"object {number}: stream without a direct /Length");
                }

                var dataStart = streamAt + 10;
                var dataEnd = dataStart + int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
                var tail = body[dataEnd..];
                var endstream = tail.IndexOf("endstream"u8);
                bodyLength = dataEnd + endstream + 9;
                if (!body[bodyLength..].StartsWith("\nendobj\n"u8))
                {
                    throw new InvalidDataException($"object {number}: endobj expected after the stream");
                }
            }
            else
            {
                bodyLength = end;
            }

            objects.Add(new PdfObject(number, bodyStart, bodyLength));
            pos = bodyStart + bodyLength + 8;
        }

        var trailerAt = pdf[pos..].IndexOf("trailer\n"u8);
        var trailerText = Latin1.GetString(pdf[(pos + trailerAt + 8)..]);
        var close = trailerText.IndexOf(">>", StringComparison.Ordinal);
        return (firstObj + 1, objects, trailerText[..(close + 2)]);
    }

    private static bool IsMetadata(ReadOnlySpan<byte> body) => DictionaryPart(body).IndexOf("/Type/Metadata"u8) >= 0;

    /// <summary>Swaps the metadata stream's packet for <paramref name="xmp"/>, with the producer the Info dictionary
    /// names (PDFsharp writes its own there on save).</summary>
    private static void ReplaceXmp(ReadOnlySpan<byte> pdf, List<PdfObject> objects, XmpPacket xmp)
    {
        string? producer = null;
        foreach (var o in objects)
        {
            var dictPart = DictionaryPart(o.Of(pdf));
            if (dictPart.IndexOf("/Producer"u8) >= 0 && ProducerEntry().Match(Latin1.GetString(dictPart)) is { Success: true } m)
            {
                producer = m.Groups[1].Value;
                break;
            }
        }

        if (producer is null)
        {
            throw new InvalidDataException("no /Producer in the Info dictionary");
        }

        var metadata = -1;
        for (var i = 0; i < objects.Count && metadata < 0; i++)
        {
            if (IsMetadata(objects[i].Of(pdf)))
            {
                metadata = i;
            }
        }

        if (metadata < 0)
        {
            throw new InvalidDataException("no XMP metadata stream to replace");
        }

        var packet = xmp.Render(producer);
        var dict = Latin1.GetString(DictionaryPart(objects[metadata].Of(pdf)));
        var body = new MemoryStream();
        body.Write(Latin1.GetBytes(StreamLength().Replace(dict, "/Length " + packet.Length.ToString(CultureInfo.InvariantCulture), 1)));
        body.Write("\nstream\n"u8);
        body.Write(packet);
        body.Write("\nendstream"u8);
        objects[metadata] = objects[metadata] with { Own = body.ToArray() };
    }

    private static ReadOnlySpan<byte> DictionaryPart(ReadOnlySpan<byte> body)
    {
        var s = body.IndexOf(">>\nstream\n"u8);
        return s < 0 ? body : body[..(s + 2)];
    }

    /// <summary>Flate-compresses an unfiltered stream (not XMP, which readers look for as plain text); null when the
    /// object stays as it is.</summary>
    private static byte[]? Compress(ReadOnlySpan<byte> body)
    {
        var s = body.IndexOf(">>\nstream\n"u8);
        if (s < 0)
        {
            return null;
        }

        var dict = Latin1.GetString(body[..(s + 2)]);
        if (dict.Contains("/Filter", StringComparison.Ordinal) || dict.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            return null;
        }

        var length = int.Parse(StreamLength().Match(dict).Groups[1].Value, CultureInfo.InvariantCulture);
        var packed = Flate.Encode(body.Slice(s + 10, length));
        var newDict = StreamLength().Replace(dict, "/Length " + packed.Length.ToString(CultureInfo.InvariantCulture) + "/Filter/FlateDecode", 1);
        var output = new MemoryStream();
        output.Write(Latin1.GetBytes(newDict));
        output.Write("\nstream\n"u8);
        output.Write(packed);
        output.Write("\nendstream"u8);
        return output.ToArray();
    }

    /// <summary>Where the subset tags (<c>/ABCDEF+</c>, six capitals after a slash) start in a dictionary: the index of
    /// the first capital. Byte for byte what the regex <c>/([A-Z]{6})\+</c> finds, without a string of the object.</summary>
    private static List<int> SubsetTags(ReadOnlySpan<byte> dict)
    {
        var found = new List<int>();
        for (var i = dict.IndexOf((byte)'/'); i >= 0 && i + 7 < dict.Length;)
        {
            if (dict[i + 7] == (byte)'+' && IsCapitals(dict.Slice(i + 1, 6)))
            {
                found.Add(i + 1);
                i += 8;
            }
            else
            {
                i++;
            }

            var next = i < dict.Length ? dict[i..].IndexOf((byte)'/') : -1;
            i = next < 0 ? -1 : i + next;
        }

        return found;
    }

    private static bool IsCapitals(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length-preserving replacement of subset tags and XMP uuids (stream data stays byte-for-byte); null
    /// when the object has neither, so it is written from where it lies.</summary>
    private static byte[]? Replace(ReadOnlySpan<byte> body, Dictionary<string, string> tags, byte[]? digest, ref int uuidIndex)
    {
        var dictPart = DictionaryPart(body);
        var metadata = dictPart.IndexOf("/Type/Metadata"u8) >= 0;
        var at = SubsetTags(dictPart);
        if (at.Count == 0 && !metadata)
        {
            return null;
        }

        var result = body.ToArray();
        foreach (var i in at)
        {
            if (tags.TryGetValue(Latin1.GetString(body.Slice(i, 6)), out var t))
            {
                Latin1.GetBytes(t, 0, 6, result, i);
            }
        }

        if (metadata)
        {
            var text = Latin1.GetString(body);
            foreach (Match m in Uuid().Matches(text))
            {
                var value = digest is null ? new string('0', 36) : UuidFrom(digest, uuidIndex++);
                Latin1.GetBytes(value, 0, 36, result, m.Groups[1].Index);
            }
        }

        return result;
    }

    private static string Tag(byte[] digest, int index)
    {
        var h = Sha256.HashData([.. digest, (byte)index, (byte)(index >> 8)]);
        return string.Concat(h.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static string UuidFrom(byte[] digest, int index)
    {
        var h = Sha256.HashData([.. digest, 0x55, (byte)index]);
        var hex = Convert.ToHexString(h, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    [GeneratedRegex(@"uuid:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/Length (\d+)(?![\d ]*R)")]
    private static partial Regex StreamLength();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/Producer\s*\(((?:[^()\\]|\\.)*)\)")]
    private static partial Regex ProducerEntry();

    [GeneratedRegex(@"/Size \d+")]
    private static partial Regex TrailerSize();
}
