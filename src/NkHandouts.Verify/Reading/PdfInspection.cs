using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>
/// A finished PDF opened for checking with PdfPig's object layer: the catalog, pages, structure tree and page
/// content, read from the file's bytes alone (never from the writer's layout data), so a checker sees what a
/// reader sees.
/// </summary>
public sealed class PdfInspection : IDisposable
{
    private readonly PdfDocument document;
    private StructureTree? structure;
    private List<PageContent>? contents;

    private PdfInspection(PdfDocument document)
    {
        this.document = document;
        Catalog = document.Structure.Catalog.CatalogDictionary;
        var refs = new List<(IndirectReference? Ref, DictionaryToken? Dictionary)>();
        CollectPageRefs(RefOf(Catalog, "Pages"), Dict(Catalog, "Pages"), refs, 0);

        // A page is parsed (operators, letters) only while a check reads it, never kept: holding PdfPig's pages of a
        // 1,000-page file costs hundreds of megabytes. The dictionary comes from the page tree, as PdfPig's does.
        Pages = Enumerable.Range(1, document.NumberOfPages).Select(n =>
        {
            var (self, dictionary) = n - 1 < refs.Count ? refs[n - 1] : (null, null);
            return new PdfPageRef(n, dictionary ?? document.GetPage(n).Dictionary, self, () => document.GetPage(n));
        }).ToList();
    }

    /// <exception cref="PdfUnreadableException">The bytes are not a PDF PdfPig can parse.</exception>
    public static PdfInspection Open(byte[] bytes)
    {
        try
        {
            return new PdfInspection(PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = false })) { Bytes = bytes };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfUnreadableException(e.Message, e);
        }
    }

    /// <summary>The file's bytes, for checks that walk the raw objects themselves (PDF/X-4).</summary>
    public byte[] Bytes { get; private init; } = [];

    public DictionaryToken Catalog { get; }

    public IReadOnlyList<PdfPageRef> Pages { get; }

    /// <summary>The trailer's /Encrypt entry, if the file is encrypted.</summary>
    public IToken? EncryptToken => document.Structure.Trailer.EncryptionToken;

    public StructureTree Structure => structure ??= StructureTree.Load(this);

    /// <summary>Marked content and painting operators of every page, in page order (what the checks need of each
    /// page, a small part of the parsed page).</summary>
    public IReadOnlyList<PageContent> Contents => contents ??= Pages.Select(p => PageContent.Read(this, p)).ToList();

    /// <summary>Follows indirect references to the object they name.</summary>
    public IToken? Resolve(IToken? token)
    {
        var guard = 0;
        while (token is IndirectReferenceToken r && guard++ < 32)
        {
            token = document.Structure.GetObject(r.Data)?.Data;
        }

        return token;
    }

    public IToken? Get(DictionaryToken? dict, string key) =>
        dict is not null && dict.Data.TryGetValue(key, out var t) ? Resolve(t) : null;

    public DictionaryToken? Dict(DictionaryToken? dict, string key) => Get(dict, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public ArrayToken? Array(DictionaryToken? dict, string key) => Get(dict, key) as ArrayToken;

    public string? Name(DictionaryToken? dict, string key) => (Get(dict, key) as NameToken)?.Data;

    /// <summary>A text string (literal or hex), decoded as PdfPig decodes it.</summary>
    public string? Text(DictionaryToken? dict, string key) => Get(dict, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public static IndirectReference? RefOf(DictionaryToken? dict, string key) =>
        dict is not null && dict.Data.TryGetValue(key, out var t) && t is IndirectReferenceToken r ? r.Data : null;

    /// <summary>Every object in the cross-reference table, with its object number.</summary>
    public IEnumerable<(long Number, IToken Token)> AllObjects()
    {
        foreach (var r in document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(k => k.ObjectNumber))
        {
            IToken? token;
            try
            {
                token = document.Structure.GetObject(r)?.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                continue; // a damaged object; the structure checks report what it breaks
            }

            if (token is not null)
            {
                yield return (r.ObjectNumber, token);
            }
        }
    }

    public byte[] Decode(StreamToken stream) => stream.Decode(DefaultFilterProvider.Instance).ToArray();

    public void Dispose() => document.Dispose();

    /// <summary>Page objects in page order, from the page tree (PdfPig's pages do not say which object they are).</summary>
    private void CollectPageRefs(IndirectReference? self, DictionaryToken? node, List<(IndirectReference?, DictionaryToken?)> refs, int depth)
    {
        if (node is null || depth > 64)
        {
            return;
        }

        if (Name(node, "Type") == "Page" || !node.Data.ContainsKey("Kids"))
        {
            refs.Add((self, node));
            return;
        }

        foreach (var kid in Array(node, "Kids")?.Data ?? [])
        {
            CollectPageRefs((kid as IndirectReferenceToken)?.Data, Resolve(kid) as DictionaryToken, refs, depth + 1);
        }
    }
}

/// <summary>A page: its 1-based number, its dictionary and the object number of that dictionary; <see cref="Load"/>
/// parses its content (PdfPig page: operators, letters) afresh on each call, for the caller to drop when done.</summary>
public sealed class PdfPageRef(int number, DictionaryToken dictionary, IndirectReference? objectRef, Func<UglyToad.PdfPig.Content.Page> load)
{
    public IndirectReference? ObjectRef { get; } = objectRef;

    public int Number { get; } = number;

    public DictionaryToken Dictionary { get; } = dictionary;

    public UglyToad.PdfPig.Content.Page Load() => load();
}

/// <summary>The file could not be parsed as a PDF.</summary>
public sealed class PdfUnreadableException(string message, Exception inner) : Exception(message, inner);
