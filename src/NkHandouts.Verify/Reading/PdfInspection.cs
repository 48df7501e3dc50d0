using NkHandouts.Rendering;
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
/// <remarks>
/// PdfPig keeps every object it parses for as long as its document lives (tens of megabytes for a long tagged
/// file), so checks read the file in passes and call <see cref="Release"/> between them and every so many objects
/// within one: the next read opens the same bytes afresh (about a tenth of a second for 1,000 pages). Tokens read
/// before a release stay valid; their references resolve in the new document to the same objects.
/// </remarks>
public sealed class PdfInspection : IDisposable
{
    private readonly FinishedOutput source;
    private PdfDocument? document;
    private Stream? input;
    private byte[]? bytes;
    private StructureTree? structure;

    private PdfInspection(FinishedOutput source)
    {
        this.source = source;
        document = Reopen();
        try
        {
            Catalog = document.Structure.Catalog.CatalogDictionary;
            EncryptToken = document.Structure.Trailer.EncryptionToken;
            var refs = new List<(IndirectReference? Ref, DictionaryToken? Dictionary)>();
            CollectPageRefs(RefOf(Catalog, "Pages"), Dict(Catalog, "Pages"), refs, 0);
            Pages = PageRefs(document, refs);
        }
        catch
        {
            Release(); // the file's stream is not left open by a file that cannot be read
            throw;
        }
    }

    /// <exception cref="PdfUnreadableException">The bytes are not a PDF PdfPig can parse.</exception>
    public static PdfInspection Open(byte[] bytes, int releaseEvery = DefaultReleaseEvery) => Open(FinishedOutput.InMemory(bytes), releaseEvery);

    /// <summary>Reads <paramref name="output"/> through a stream each time the document is opened: a staged file is
    /// never held in memory whole (unless a check asks for <see cref="Bytes"/>).</summary>
    /// <exception cref="PdfUnreadableException">The bytes are not a PDF PdfPig can parse.</exception>
    public static PdfInspection Open(FinishedOutput output, int releaseEvery = DefaultReleaseEvery)
    {
        try
        {
            return new PdfInspection(output) { ReleaseEvery = Math.Max(1, releaseEvery) };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfUnreadableException(e.Message, e);
        }
    }

    /// <summary>Objects a pass reads (structure elements, objects of the scan) between two <see cref="Release"/>s:
    /// enough that reopening costs little, few enough that PdfPig's cache stays a few megabytes.</summary>
    public const int DefaultReleaseEvery = 4096;

    /// <summary>See <see cref="DefaultReleaseEvery"/>; tests open with 1 (release after every object) to show that
    /// releasing never changes a finding.</summary>
    public int ReleaseEvery { get; private init; } = DefaultReleaseEvery;

    /// <summary>The file's bytes, for checks that walk the raw objects themselves (PDF/X-4); read on first use.</summary>
    public byte[] Bytes => bytes ??= source.ReadAllBytes();

    public DictionaryToken Catalog { get; }

    public IReadOnlyList<PdfPageRef> Pages { get; }

    /// <summary>The trailer's /Encrypt entry, if the file is encrypted.</summary>
    public IToken? EncryptToken { get; }

    /// <summary>The structure tree, read once into a compact model (PdfPig's copies of its dictionaries are
    /// released as it is read).</summary>
    public StructureTree Structure => structure ??= StructureTree.Load(this);

    /// <summary>Each page's marked content and painting operators, in page order, read one page at a time (what the
    /// checks need of a page, a small part of the parsed page), the document released every
    /// <see cref="ReleaseEvery"/> pages. A caller keeps what it needs of a page, not the page.</summary>
    public IEnumerable<PageContent> PageContents()
    {
        foreach (var page in Pages)
        {
            if (page.Number > 1 && (page.Number - 1) % ReleaseEvery == 0)
            {
                Release();
            }

            yield return PageContent.Read(this, page);
        }
    }

    /// <summary>Drops PdfPig's document and every object it has cached; the next read opens the bytes again.</summary>
    public void Release()
    {
        document?.Dispose();
        document = null;
        input?.Dispose();
        input = null;
    }

    /// <summary>Ends a pass over the whole file: releases PdfPig's document and, for a long file, collects before the
    /// next pass allocates, so the check's peak is its largest pass, not a pass on top of the last one's garbage
    /// (the objects a pass parsed are old by its end and would wait for a full collection).</summary>
    public void EndPass()
    {
        Release();
        PhaseCollection.After(source.Length);
    }

    // The bytes opened once already, so opening them again parses the same way.
    private PdfDocument Document => document ??= Reopen();

    /// <summary>Follows indirect references to the object they name. A reference to an object the file does not
    /// define is the null object (ISO 32000-1 7.3.10), not an error.</summary>
    /// <exception cref="PdfDamagedException">An object the file defines cannot be parsed.</exception>
    public IToken? Resolve(IToken? token)
    {
        var guard = 0;
        while (token is IndirectReferenceToken r && guard++ < 32)
        {
            try
            {
                token = Document.Structure.GetObject(r.Data)?.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (!Document.Structure.CrossReferenceTable.ObjectOffsets.ContainsKey(r.Data))
                {
                    return null;
                }

                throw new PdfDamagedException($"object {r.Data.ObjectNumber} {r.Data.Generation} cannot be read: {e.Message}", e);
            }
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

    /// <summary>Every object in the cross-reference table, with its object number, read in batches of
    /// <see cref="ReleaseEvery"/> objects with the document released between batches.</summary>
    public IEnumerable<(long Number, IToken Token)> AllObjects()
    {
        var refs = Document.Structure.CrossReferenceTable.ObjectOffsets.Keys.OrderBy(k => k.ObjectNumber).ToList();
        for (var i = 0; i < refs.Count; i++)
        {
            if (i > 0 && i % ReleaseEvery == 0)
            {
                Release();
            }

            IToken? token;
            try
            {
                token = Document.Structure.GetObject(refs[i])?.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                continue; // a damaged object; the structure checks report what it breaks
            }

            if (token is not null)
            {
                yield return (refs[i].ObjectNumber, token);
            }
        }
    }

    // PdfPig reads a stream it is given where it needs to (it does not copy it) and leaves closing it to us.
    private PdfDocument Reopen()
    {
        input = source.OpenRead();
        try
        {
            return PdfDocument.Open(input, new ParsingOptions { UseLenientParsing = false });
        }
        catch
        {
            Release();
            throw;
        }
    }

    public byte[] Decode(StreamToken stream) => stream.Decode(DefaultFilterProvider.Instance).ToArray();

    public void Dispose() => Release();

    // A page is parsed (operators, letters) only while a check reads it, never kept: holding PdfPig's pages of a
    // 1,000-page file costs hundreds of megabytes. The dictionary comes from the page tree, as PdfPig's does. The
    // pages load through Document, whichever is open then; nothing here may hold on to the first one.
    private List<PdfPageRef> PageRefs(PdfDocument first, List<(IndirectReference? Ref, DictionaryToken? Dictionary)> refs)
    {
        var pages = new List<PdfPageRef>(first.NumberOfPages);
        for (var n = 1; n <= first.NumberOfPages; n++)
        {
            var (self, dictionary) = n - 1 < refs.Count ? refs[n - 1] : (null, null);

            // A page object is read again from whichever document is open (PdfPig's page tree holds it anyway), so
            // no copy of a page outlives a release; a page the tree gives directly is kept.
            pages.Add(self is not null && dictionary is not null
                ? new PdfPageRef(n, null, self, this)
                : new PdfPageRef(n, dictionary ?? first.GetPage(n).Dictionary, self, this));
        }

        return pages;
    }

    /// <exception cref="PdfDamagedException">The page's content or resources cannot be parsed.</exception>
    internal UglyToad.PdfPig.Content.Page LoadPage(int number)
    {
        try
        {
            return Document.GetPage(number);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfDamagedException($"page {number} cannot be read: {e.Message}", e);
        }
    }

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
public sealed class PdfPageRef
{
    private readonly PdfInspection pdf;

    private readonly DictionaryToken? dictionary;

    internal PdfPageRef(int number, DictionaryToken? dictionary, IndirectReference? objectRef, PdfInspection pdf)
    {
        Number = number;
        this.dictionary = dictionary;
        ObjectRef = objectRef;
        this.pdf = pdf;
    }

    public IndirectReference? ObjectRef { get; }

    public int Number { get; }

    /// <summary>The page object; it resolved to a dictionary when the file was opened, and the same bytes resolve the
    /// same way in any document opened after a release.</summary>
    public DictionaryToken Dictionary =>
        dictionary ?? (DictionaryToken)pdf.Resolve(new IndirectReferenceToken(ObjectRef!.Value))!;

    public UglyToad.PdfPig.Content.Page Load() => pdf.LoadPage(Number);
}

/// <summary>The file opened, but an object a check reads (or a page's content) cannot be parsed.</summary>
public sealed class PdfDamagedException(string message, Exception inner) : Exception(message, inner);

/// <summary>The file could not be parsed as a PDF.</summary>
public sealed class PdfUnreadableException(string message, Exception inner) : Exception(message, inner);
