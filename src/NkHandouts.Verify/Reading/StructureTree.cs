using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Reading;

/// <summary>
/// The logical structure of a tagged PDF: the elements under /StructTreeRoot in document order, the role map, and
/// the parent tree that links each page's marked content and each annotation back to its element.
/// </summary>
public sealed class StructureTree
{
    /// <summary>ISO 32000-1 §14.8.4 standard structure types.</summary>
    public static readonly IReadOnlySet<string> StandardTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody",
        "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
        "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    };

    private StructureTree(DictionaryToken? root)
    {
        Root = root;
    }

    public DictionaryToken? Root { get; }

    /// <summary>Top-level elements (the root's /K) with their subtrees, in document order.</summary>
    public List<StructureElement> TopLevel { get; } = [];

    public Dictionary<string, string> RoleMap { get; } = new(StringComparer.Ordinal);

    /// <summary>Role-map problems found while resolving types: (type, problem) with problem "cycle" or "unmapped".</summary>
    public List<(string Type, string Problem)> RoleMapProblems { get; } = [];

    /// <summary>Parent tree: key (StructParents / StructParent) → the entry (an array of elements indexed by MCID, or one element).</summary>
    public Dictionary<int, IToken> ParentTree { get; } = [];

    /// <summary>Elements by object number, to resolve parent-tree entries.</summary>
    public Dictionary<IndirectReference, StructureElement> ByRef { get; } = [];

    public IEnumerable<StructureElement> All() => TopLevel.SelectMany(e => new[] { e }.Concat(e.Descendants()));

    /// <summary>Reads the tree into <see cref="StructureElement"/>s, releasing PdfPig's document every
    /// <see cref="PdfInspection.ReleaseEvery"/> objects and at the end, so its copies of the elements never pile up.</summary>
    internal static StructureTree Load(PdfInspection pdf)
    {
        var root = pdf.Dict(pdf.Catalog, "StructTreeRoot");
        var tree = new StructureTree(root);
        if (root is null)
        {
            return tree;
        }

        foreach (var (key, value) in pdf.Dict(root, "RoleMap")?.Data ?? new Dictionary<string, IToken>())
        {
            if (pdf.Resolve(value) is NameToken n)
            {
                tree.RoleMap[key] = n.Data;
            }
        }

        var loader = new Loader(pdf, tree);
        var top = new Children();
        foreach (var kid in Kids(pdf, root))
        {
            loader.LoadKid(kid, null, null, top);
        }

        tree.TopLevel.AddRange(top.Elements ?? []);
        NumberTree.Read(pdf, pdf.Dict(root, "ParentTree"), tree.ParentTree);
        foreach (var (key, entry) in tree.ParentTree.ToList())
        {
            // An entry is read as a page's MCID array (or one element) once, here; see Resolved for a bad one.
            tree.ParentTree[key] = Resolved(pdf, entry);
        }

        pdf.EndPass();
        return tree;
    }

    private static IEnumerable<IToken> Kids(PdfInspection pdf, DictionaryToken dict)
    {
        if (!dict.Data.TryGetValue("K", out var k))
        {
            return [];
        }

        return pdf.Resolve(k) is ArrayToken a ? a.Data : [k];
    }

    /// <summary>The value an indirect reference names, or the reference itself when it names nothing or cannot be
    /// parsed: a check that reads it then resolves it again and meets the same fault where it did before.</summary>
    private static IToken Resolved(PdfInspection pdf, IToken token)
    {
        try
        {
            return pdf.Resolve(token) ?? token;
        }
        catch (PdfDamagedException)
        {
            return token;
        }
    }

    /// <summary>The <see cref="StructureElement.ReadEntries"/> of an element's dictionary, values resolved (an
    /// attribute array's items too). Most elements have none and share the empty dictionary.</summary>
    private static DictionaryToken ReadEntries(PdfInspection pdf, DictionaryToken d)
    {
        Dictionary<NameToken, IToken>? kept = null;
        foreach (var (key, value) in d.Data)
        {
            if (!StructureElement.ReadEntries.Contains(key))
            {
                continue;
            }

            var read = Resolved(pdf, value);
            if (key == "A" && read is ArrayToken attributes)
            {
                read = new ArrayToken(attributes.Data.Select(a => Resolved(pdf, a)).ToList());
            }

            (kept ??= [])[NameToken.Create(key)] = read;
        }

        return kept is null ? DictionaryToken.Empty : new DictionaryToken(kept);
    }

    /// <summary>What one element's /K gives it, gathered while its kids are read and then stored as arrays.</summary>
    private sealed class Children
    {
        public List<StructureElement>? Elements;
        public List<(IndirectReference? Page, int Mcid)>? Mcids;
        public List<IndirectReference>? Objects;
    }

    private sealed class Loader(PdfInspection pdf, StructureTree tree)
    {
        private readonly HashSet<IndirectReference> visited = [];
        private int read;

        public void LoadKid(IToken kid, StructureElement? parent, IndirectReference? page, Children into)
        {
            var reference = (kid as IndirectReferenceToken)?.Data;
            if (reference is not null && ++read % pdf.ReleaseEvery == 0)
            {
                pdf.Release();
            }

            var value = pdf.Resolve(kid);
            switch (value)
            {
                case NumericToken mcid when parent is not null:
                    (into.Mcids ??= []).Add((page, mcid.Int));
                    return;
                case DictionaryToken d when pdf.Name(d, "Type") == "MCR":
                    if (parent is not null && pdf.Get(d, "MCID") is NumericToken n)
                    {
                        (into.Mcids ??= []).Add((PdfInspection.RefOf(d, "Pg") ?? page, n.Int));
                    }

                    return;
                case DictionaryToken d when pdf.Name(d, "Type") == "OBJR":
                    if (parent is not null && PdfInspection.RefOf(d, "Obj") is { } obj)
                    {
                        (into.Objects ??= []).Add(obj);
                    }

                    return;
                case DictionaryToken d when d.Data.ContainsKey("S"):
                    if (reference is { } r && !visited.Add(r))
                    {
                        return; // a cycle in the tree; the rest is unreachable anyway
                    }

                    var element = new StructureElement(reference, parent, pdf.Name(d, "S") ?? "")
                    {
                        Dictionary = ReadEntries(pdf, d),
                        Page = PdfInspection.RefOf(d, "Pg"),
                    };
                    element.Standard = tree.ResolveRole(element.Type);
                    if (reference is { } rr)
                    {
                        tree.ByRef[rr] = element;
                    }

                    (into.Elements ??= []).Add(element);
                    var elementPage = element.Page ?? page;
                    var own = new Children();
                    foreach (var k in Kids(pdf, d))
                    {
                        LoadKid(k, element, elementPage, own);
                    }

                    element.Elements = own.Elements?.ToArray() ?? [];
                    element.Mcids = own.Mcids?.ToArray() ?? [];
                    element.Objects = own.Objects?.ToArray() ?? [];
                    return;
            }
        }
    }

    private string? ResolveRole(string type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = type;
        while (true)
        {
            if (!seen.Add(current))
            {
                RecordProblem(type, "cycle");
                return null;
            }

            if (RoleMap.TryGetValue(current, out var next) && !StandardTypes.Contains(current))
            {
                current = next;
                continue;
            }

            if (StandardTypes.Contains(current))
            {
                return current;
            }

            RecordProblem(type, "unmapped");
            return null;
        }
    }

    private void RecordProblem(string type, string problem)
    {
        if (!RoleMapProblems.Contains((type, problem)))
        {
            RoleMapProblems.Add((type, problem));
        }
    }
}
