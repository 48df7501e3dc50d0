using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// The CMYK profile a PDF says its DeviceCMYK colours print with: the <c>DestOutputProfile</c> of its output intent
/// (PDF/X's <c>GTS_PDFX</c> first, then any other), read from the file itself, never from the writer's settings.
/// </summary>
internal static class OutputIntentProfile
{
    /// <summary>The profile's bytes and the intent's condition identifier, or null when the file names no CMYK
    /// output profile this reader can decode (only FlateDecode or unfiltered streams, the usual case).</summary>
    public static (byte[] Icc, string Name)? Find(PdfDocument document)
    {
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (Resolve(document, Get(catalog, "OutputIntents")) is not ArrayToken intents)
        {
            return null;
        }

        var candidates = intents.Data.Select(t => Resolve(document, t)).OfType<DictionaryToken>()
            .OrderBy(d => (Resolve(document, Get(d, "S")) as NameToken)?.Data == "GTS_PDFX" ? 0 : 1);
        foreach (var intent in candidates)
        {
            if (Resolve(document, Get(intent, "DestOutputProfile")) is not StreamToken stream
                || (Resolve(document, Get(stream.StreamDictionary, "N")) as NumericToken)?.Int != 4
                || Decode(document, stream) is not { } icc)
            {
                continue;
            }

            var name = Resolve(document, Get(intent, "OutputConditionIdentifier")) switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                _ => "output intent",
            };
            return (icc, name);
        }

        return null;
    }

    private static byte[]? Decode(PdfDocument document, StreamToken stream)
    {
        var filter = Resolve(document, Get(stream.StreamDictionary, "Filter"));
        var data = stream.Data.ToArray();
        switch (filter)
        {
            case null:
                return data;
            case NameToken { Data: "FlateDecode" }:
            case ArrayToken { Length: 1 } a when Resolve(document, a.Data[0]) is NameToken { Data: "FlateDecode" }:
                try
                {
                    using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                    using var output = new MemoryStream();
                    z.CopyTo(output);
                    return output.ToArray();
                }
                catch (InvalidDataException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    private static IToken? Get(DictionaryToken owner, string key) => owner.Data.TryGetValue(key, out var v) ? v : null;

    private static IToken? Resolve(PdfDocument document, IToken? token)
    {
        for (var depth = 0; token is IndirectReferenceToken r && depth < 32; depth++)
        {
            token = document.Structure.GetObject(r.Data).Data;
        }

        return token;
    }
}
