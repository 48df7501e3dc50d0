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

        var visited = new HashSet<IndirectReference>();
        foreach (var kid in Kids(pdf, root))
        {
            tree.LoadKid(pdf, kid, null, null, visited);
        }

        NumberTree.Read(pdf, pdf.Dict(root, "ParentTree"), tree.ParentTree);
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

    private void LoadKid(PdfInspection pdf, IToken kid, StructureElement? parent, IndirectReference? page, HashSet<IndirectReference> visited)
    {
        var reference = (kid as IndirectReferenceToken)?.Data;
        var value = pdf.Resolve(kid);
        switch (value)
        {
            case NumericToken mcid when parent is not null:
                parent.Mcids.Add((page, mcid.Int));
                return;
            case DictionaryToken d when pdf.Name(d, "Type") == "MCR":
                if (parent is not null && pdf.Get(d, "MCID") is NumericToken n)
                {
                    parent.Mcids.Add((PdfInspection.RefOf(d, "Pg") ?? page, n.Int));
                }

                return;
            case DictionaryToken d when pdf.Name(d, "Type") == "OBJR":
                if (parent is not null && PdfInspection.RefOf(d, "Obj") is { } obj)
                {
                    parent.Objects.Add(obj);
                }

                return;
            case DictionaryToken d when d.Data.ContainsKey("S"):
                if (reference is { } r && !visited.Add(r))
                {
                    return; // a cycle in the tree; the rest is unreachable anyway
                }

                var element = new StructureElement(d, reference, parent, pdf.Name(d, "S") ?? "");
                element.Standard = ResolveRole(element.Type);
                if (reference is { } rr)
                {
                    ByRef[rr] = element;
                }

                (parent?.Elements ?? TopLevel).Add(element);
                var elementPage = PdfInspection.RefOf(d, "Pg") ?? page;
                foreach (var k in Kids(pdf, d))
                {
                    LoadKid(pdf, k, element, elementPage, visited);
                }

                return;
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
