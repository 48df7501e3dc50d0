using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.PrintProduction;

/// <summary>Raw object access over PdfPig's parser: follows references and decodes streams, nothing more.</summary>
internal sealed class PdfObjects(PdfDocument document)
{
    public IToken? Resolve(IToken? token, int depth = 0)
    {
        while (token is IndirectReferenceToken r && depth++ < 32)
        {
            token = document.Structure.GetObject(r.Data).Data;
        }

        return token;
    }

    public DictionaryToken? Dict(DictionaryToken? owner, string key) => Resolve(Get(owner, key)) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public ArrayToken? Array(DictionaryToken? owner, string key) => Resolve(Get(owner, key)) as ArrayToken;

    public StreamToken? Stream(DictionaryToken? owner, string key) => Resolve(Get(owner, key)) as StreamToken;

    public string? Name(DictionaryToken? owner, string key) => (Resolve(Get(owner, key)) as NameToken)?.Data;

    public string? Text(DictionaryToken? owner, string key) => Resolve(Get(owner, key)) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public double? Number(DictionaryToken? owner, string key) => (Resolve(Get(owner, key)) as NumericToken)?.Double;

    public static IToken? Get(DictionaryToken? owner, string key) =>
        owner is not null && owner.Data.TryGetValue(key, out var v) ? v : null;

    /// <summary>A stream's decoded bytes. Only FlateDecode (or no filter) is read; anything else is reported.</summary>
    public byte[] Decode(StreamToken stream)
    {
        var filter = Resolve(Get(stream.StreamDictionary, "Filter"));
        var names = filter switch
        {
            null => [],
            NameToken n => [n.Data],
            ArrayToken a => a.Data.Select(t => (Resolve(t) as NameToken)?.Data ?? "?").ToArray(),
            _ => new[] { "?" },
        };
        var data = stream.Data.ToArray();
        foreach (var name in names)
        {
            if (name != "FlateDecode")
            {
                throw new NotSupportedException($"stream filter /{name} is not read by this checker");
            }

            using var z = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var m = new MemoryStream();
            z.CopyTo(m);
            data = m.ToArray();
        }

        return data;
    }

    public static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
