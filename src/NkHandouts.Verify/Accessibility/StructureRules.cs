using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>Structure-tree conditions: role map (02), table/list/TOC/ruby/warichu syntax (09), figure and formula
/// alternatives (13, 17), headings (14), table header scope (15) and note IDs (19).</summary>
internal static class StructureRules
{
    private static readonly Dictionary<string, (string Rule, string[] Kids)> Grammar = new(StringComparer.Ordinal)
    {
        ["Table"] = ("09-004", ["TR", "THead", "TBody", "TFoot", "Caption"]),
        ["THead"] = ("09-004", ["TR"]),
        ["TBody"] = ("09-004", ["TR"]),
        ["TFoot"] = ("09-004", ["TR"]),
        ["TR"] = ("09-004", ["TH", "TD"]),
        ["L"] = ("09-005", ["LI", "L", "Caption"]),
        ["LI"] = ("09-005", ["Lbl", "LBody"]),
        ["TOC"] = ("09-006", ["TOCI", "TOC", "Caption"]),
        ["TOCI"] = ("09-006", ["Lbl", "Reference", "P", "NonStruct", "TOC"]),
        ["Ruby"] = ("09-007", ["RB", "RT", "RP"]),
        ["Warichu"] = ("09-008", ["WT", "WP"]),
    };

    private static readonly Dictionary<string, (string Rule, string[] Parents)> Placement = new(StringComparer.Ordinal)
    {
        ["TR"] = ("09-004", ["Table", "THead", "TBody", "TFoot"]),
        ["TH"] = ("09-004", ["TR"]),
        ["TD"] = ("09-004", ["TR"]),
        ["THead"] = ("09-004", ["Table"]),
        ["TBody"] = ("09-004", ["Table"]),
        ["TFoot"] = ("09-004", ["Table"]),
        ["LI"] = ("09-005", ["L"]),
        ["LBody"] = ("09-005", ["LI"]),
        ["TOCI"] = ("09-006", ["TOC"]),
        ["RB"] = ("09-007", ["Ruby"]),
        ["RT"] = ("09-007", ["Ruby"]),
        ["RP"] = ("09-007", ["Ruby"]),
        ["WT"] = ("09-008", ["Warichu"]),
        ["WP"] = ("09-008", ["Warichu"]),
    };

    public static void Run(PdfInspection pdf, Findings findings)
    {
        var tree = pdf.Structure;
        foreach (var (type, problem) in tree.RoleMapProblems)
        {
            if (problem == "cycle")
            {
                findings.Fail("02-002", $"the role map maps '{type}' in a circle", where: "RoleMap");
            }
            else
            {
                findings.Fail("02-001", $"structure type '{type}' is not standard and the role map does not lead it to a standard type", where: "RoleMap");
            }
        }

        foreach (var key in tree.RoleMap.Keys.Where(StructureTree.StandardTypes.Contains))
        {
            findings.Fail("02-003", $"the role map remaps the standard type '{key}' to '{tree.RoleMap[key]}'", where: "RoleMap");
        }

        var elements = tree.All().ToList();
        foreach (var e in elements)
        {
            Syntax(e, findings);
            Alternatives(pdf, e, findings);
        }

        Headings(elements, findings);
        TableHeaders(pdf, elements, findings);
        Notes(pdf, elements, findings);
    }

    private static void Syntax(StructureElement e, Findings findings)
    {
        if (e.Standard is { } s && Grammar.TryGetValue(s, out var g))
        {
            foreach (var kid in e.Elements.Where(k => k.Standard is not null && !g.Kids.Contains(k.Standard)))
            {
                findings.Fail(g.Rule, $"{s} may not contain {kid.Standard}", where: kid.Path);
            }

            if (e.Mcids.Count > 0 && s is "Table" or "THead" or "TBody" or "TFoot" or "TR" or "L" or "TOC")
            {
                findings.Fail(g.Rule, $"{s} holds content directly instead of through its children", where: e.Path);
            }
        }

        if (e.Standard is { } t && Placement.TryGetValue(t, out var p) && !p.Parents.Contains(e.Parent?.Standard ?? ""))
        {
            findings.Fail(p.Rule, $"{t} must be inside {string.Join(" or ", p.Parents)}, not {e.Parent?.Standard ?? "the structure root"}", where: e.Path);
        }

        if (e.Standard == "Caption" && e.Parent?.Standard is "Table" or "L" or "TOC" && IndexIn(e.Parent.Elements, e) is var i && i != 0 && !(e.Parent.Standard == "Table" && i == e.Parent.Elements.Count - 1))
        {
            findings.Fail(e.Parent.Standard == "L" ? "09-005" : e.Parent.Standard == "TOC" ? "09-006" : "09-004", $"a Caption must be the first child of {e.Parent.Standard}", where: e.Path);
        }
    }

    private static void Alternatives(PdfInspection pdf, StructureElement e, Findings findings)
    {
        var alt = pdf.Text(e.Dictionary, "Alt");
        var actual = pdf.Text(e.Dictionary, "ActualText");
        if (e.Standard == "Figure" && string.IsNullOrWhiteSpace(alt) && string.IsNullOrWhiteSpace(actual))
        {
            findings.Fail("13-004", "Figure has no alternative text (Alt) or replacement text (ActualText)", Page(pdf, e), e.Path);
        }

        if (e.Standard == "Formula" && string.IsNullOrWhiteSpace(alt))
        {
            findings.Fail("17-002", "Formula has no alternative text (Alt)", Page(pdf, e), e.Path);
        }
    }

    private static void Headings(List<StructureElement> elements, Findings findings)
    {
        var numbered = elements.Where(e => e.Standard is "H1" or "H2" or "H3" or "H4" or "H5" or "H6").ToList();
        if (numbered.Count > 0 && numbered[0].Standard != "H1")
        {
            findings.Fail("14-002", $"the first heading is {numbered[0].Standard}, not H1", where: numbered[0].Path);
        }

        for (var i = 1; i < numbered.Count; i++)
        {
            var before = numbered[i - 1].Standard![1] - '0';
            var level = numbered[i].Standard![1] - '0';
            if (level > before + 1)
            {
                findings.Fail("14-003", $"heading level skipped: {numbered[i].Standard} follows {numbered[i - 1].Standard}", where: numbered[i].Path);
            }
        }

        if (numbered.Count > 0 && elements.Any(e => e.Standard == "H"))
        {
            findings.Fail("14-007", "the document uses both H and numbered headings H1-H6", where: elements.First(e => e.Standard == "H").Path);
        }

        foreach (var parent in elements.Where(e => e.Elements.Count(k => k.Standard == "H") > 1))
        {
            findings.Fail("14-006", "an element contains more than one H", where: parent.Path);
        }
    }

    private static void TableHeaders(PdfInspection pdf, List<StructureElement> elements, Findings findings)
    {
        foreach (var table in elements.Where(e => e.Standard == "Table"))
        {
            var cells = table.Descendants().Where(c => c.Standard is "TH" or "TD").ToList();
            if (cells.Any(c => Attribute(pdf, c, "Headers") is not null))
            {
                continue; // organised by Headers and IDs: Scope is not required
            }

            foreach (var th in cells.Where(c => c.Standard == "TH" && Attribute(pdf, c, "Scope") is not NameToken { Data: "Row" or "Column" or "Both" }))
            {
                findings.Fail("15-003", "TH has no Scope attribute (Row, Column or Both) and the table does not use Headers", Page(pdf, th), th.Path);
            }
        }
    }

    private static void Notes(PdfInspection pdf, List<StructureElement> elements, Findings findings)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var note in elements.Where(e => e.Standard == "Note"))
        {
            var id = pdf.Get(note.Dictionary, "ID") switch { StringToken s => s.Data, HexToken h => h.Data, _ => null };
            if (string.IsNullOrEmpty(id))
            {
                findings.Fail("19-003", "Note has no ID", where: note.Path);
            }
            else if ((ids[id] = ids.GetValueOrDefault(id) + 1) == 2)
            {
                findings.Fail("19-004", $"Note ID '{id}' is used more than once", where: note.Path);
            }
        }
    }

    private static int IndexIn(IReadOnlyList<StructureElement> siblings, StructureElement e)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            if (siblings[i] == e)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A Table-owner attribute of an element (the /A entry is a dictionary or an array of them, with revisions).</summary>
    public static IToken? Attribute(PdfInspection pdf, StructureElement e, string key)
    {
        var a = pdf.Get(e.Dictionary, "A");
        var dicts = a switch
        {
            DictionaryToken d => [d],
            ArrayToken arr => arr.Data.Select(pdf.Resolve).OfType<DictionaryToken>(),
            _ => [],
        };
        return dicts.Where(d => pdf.Name(d, "O") == "Table").Select(d => pdf.Get(d, key)).FirstOrDefault(v => v is not null);
    }

    /// <summary>The 1-based page an element's content is on, when it says.</summary>
    public static int? Page(PdfInspection pdf, StructureElement e)
    {
        var pageRef = e.Mcids.Select(m => m.Page).FirstOrDefault(p => p is not null) ?? e.Page;
        return pageRef is null ? null : pdf.Pages.FirstOrDefault(p => p.ObjectRef == pageRef)?.Number;
    }
}
