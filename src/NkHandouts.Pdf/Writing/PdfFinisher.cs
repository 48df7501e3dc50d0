using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

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
/// </summary>
internal static partial class PdfFinisher
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <param name="xmp">A packet replacing PDFsharp's (print files: the PDF/X identification).</param>
    /// <param name="pdfUa">Identify the file as PDF/UA-1 in its XMP (reading PDFs; not imposed press sheets).</param>
    public static void Finish(ReadOnlySpan<byte> pdf, Stream destination, XmpPacket? xmp = null, bool pdfUa = false)
    {
        var (header, objects, trailer) = Parse(pdf);
        if (xmp is not null)
        {
            objects = ReplaceXmp(objects, xmp);
        }

        var bodies = objects.Select(o => Compress(pdfUa && IsMetadata(o.Body) ? XmpIdentification.AddPdfUa(o.Body) : o.Body)).ToList();

        // Hash the document with its random parts blanked, then derive replacements from that hash.
        var tags = new List<string>();
        foreach (var body in bodies)
        {
            foreach (Match m in SubsetTag().Matches(Latin1.GetString(DictionaryPart(body))))
            {
                if (!tags.Contains(m.Groups[1].Value))
                {
                    tags.Add(m.Groups[1].Value);
                }
            }
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var body in bodies)
        {
            var blanked = Blank(body, tags);
            sha.AppendData(blanked);
        }

        var digest = sha.GetHashAndReset();
        var map = tags.Select((t, i) => (t, Tag(digest, i))).ToDictionary(p => p.t, p => p.Item2);
        var uuidIndex = 0;

        var output = new MemoryStream();
        output.Write(header);
        var offsets = new SortedDictionary<int, long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[objects[i].Number] = output.Position;
            var body = Replace(bodies[i], map, digest, ref uuidIndex);
            output.Write(Latin1.GetBytes($"{objects[i].Number} 0 obj\n"));
            output.Write(body);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var size = offsets.Keys.Max() + 1;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            sb.Append(offsets.TryGetValue(n, out var at) ? at.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 65535 f \n");
        }

        var id = Convert.ToHexString(digest, 0, 16);
        var trailerDict = TrailerId().Replace(trailer, $"/ID[<{id}><{id}>]");
        trailerDict = TrailerSize().Replace(trailerDict, "/Size " + size.ToString(CultureInfo.InvariantCulture));
        sb.Append("trailer\n").Append(trailerDict).Append("\nstartxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Latin1.GetBytes(sb.ToString()));
        destination.Write(output.GetBuffer(), 0, (int)output.Length);
    }

    private sealed record PdfObject(int Number, byte[] Body);

    private static (byte[] Header, List<PdfObject> Objects, string Trailer) Parse(ReadOnlySpan<byte> pdf)
    {
        var objects = new List<PdfObject>();
        var firstObj = pdf.IndexOf("\n1 0 obj\n"u8);
        if (!pdf.StartsWith("%PDF-"u8) || firstObj < 0)
        {
            throw new InvalidDataException("not a PDFsharp file");
        }

        var header = pdf[..(firstObj + 1)].ToArray();
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

            objects.Add(new PdfObject(number, body[..bodyLength].ToArray()));
            pos = bodyStart + bodyLength + 8;
        }

        var trailerAt = pdf[pos..].IndexOf("trailer\n"u8);
        var trailerText = Latin1.GetString(pdf[(pos + trailerAt + 8)..]);
        var close = trailerText.IndexOf(">>", StringComparison.Ordinal);
        return (header, objects, trailerText[..(close + 2)]);
    }

    private static bool IsMetadata(byte[] body) => Latin1.GetString(DictionaryPart(body)).Contains("/Type/Metadata", StringComparison.Ordinal);

    /// <summary>Swaps the metadata stream's packet for <paramref name="xmp"/>, with the producer the Info dictionary
    /// names (PDFsharp writes its own there on save).</summary>
    private static List<PdfObject> ReplaceXmp(List<PdfObject> objects, XmpPacket xmp)
    {
        var producer = objects.Select(o => ProducerEntry().Match(Latin1.GetString(DictionaryPart(o.Body)))).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? throw new InvalidDataException("no /Producer in the Info dictionary");
        var metadata = objects.FindIndex(o => IsMetadata(o.Body));
        if (metadata < 0)
        {
            throw new InvalidDataException("no XMP metadata stream to replace");
        }

        var packet = xmp.Render(producer);
        var dict = Latin1.GetString(DictionaryPart(objects[metadata].Body));
        var body = new MemoryStream();
        body.Write(Latin1.GetBytes(StreamLength().Replace(dict, "/Length " + packet.Length.ToString(CultureInfo.InvariantCulture), 1)));
        body.Write("\nstream\n"u8);
        body.Write(packet);
        body.Write("\nendstream"u8);
        var result = new List<PdfObject>(objects);
        result[metadata] = objects[metadata] with { Body = body.ToArray() };
        return result;
    }

    private static ReadOnlySpan<byte> DictionaryPart(byte[] body)
    {
        var s = body.AsSpan().IndexOf(">>\nstream\n"u8);
        return s < 0 ? body : body.AsSpan(0, s + 2);
    }

    /// <summary>Flate-compresses an unfiltered stream (not XMP, which readers look for as plain text).</summary>
    private static byte[] Compress(byte[] body)
    {
        var s = body.AsSpan().IndexOf(">>\nstream\n"u8);
        if (s < 0)
        {
            return body;
        }

        var dict = Latin1.GetString(body, 0, s + 2);
        if (dict.Contains("/Filter", StringComparison.Ordinal) || dict.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            return body;
        }

        var length = int.Parse(StreamLength().Match(dict).Groups[1].Value, CultureInfo.InvariantCulture);
        var packed = Flate.Encode(body.AsSpan(s + 10, length));
        var newDict = StreamLength().Replace(dict, "/Length " + packed.Length.ToString(CultureInfo.InvariantCulture) + "/Filter/FlateDecode", 1);
        var output = new MemoryStream();
        output.Write(Latin1.GetBytes(newDict));
        output.Write("\nstream\n"u8);
        output.Write(packed);
        output.Write("\nendstream"u8);
        return output.ToArray();
    }

    private static byte[] Blank(byte[] body, List<string> tags) => Replace(body, tags.ToDictionary(t => t, _ => "AAAAAA"), null, ref Unused);

    private static int Unused;

    /// <summary>Length-preserving replacement of subset tags and XMP uuids (stream data stays byte-for-byte).</summary>
    private static byte[] Replace(byte[] body, Dictionary<string, string> tags, byte[]? digest, ref int uuidIndex)
    {
        var dictEnd = DictionaryPart(body).Length;
        var result = (byte[])body.Clone();
        var dict = Latin1.GetString(body, 0, dictEnd);
        foreach (Match m in SubsetTag().Matches(dict))
        {
            if (tags.TryGetValue(m.Groups[1].Value, out var t))
            {
                Latin1.GetBytes(t, 0, 6, result, m.Groups[1].Index);
            }
        }

        if (dict.Contains("/Type/Metadata", StringComparison.Ordinal))
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
        var h = SHA256.HashData([.. digest, (byte)index, (byte)(index >> 8)]);
        return string.Concat(h.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static string UuidFrom(byte[] digest, int index)
    {
        var h = SHA256.HashData([.. digest, 0x55, (byte)index]);
        var hex = Convert.ToHexString(h, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    [GeneratedRegex(@"/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

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
