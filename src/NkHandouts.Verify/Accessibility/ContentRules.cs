using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// Checkpoint 01 on page content: everything painted is either an artifact or marked content whose MCID a structure
/// element owns — through the page's parent-tree entry and the element's /K both — and the two never nest inside
/// each other. Also 30-002 (a form XObject with MCIDs painted twice). Pages come one at a time (<see cref="Page"/>),
/// so no page's content outlives its turn; <see cref="Finish"/> reports what needs every page.
/// </summary>
internal sealed class ContentRules(PdfInspection pdf, StructureTree tree, Findings findings)
{
    private readonly HashSet<(IndirectReference?, int)> owned = new(tree.All().SelectMany(e => e.Mcids));
    private readonly Dictionary<IndirectReference, int> formUses = [];

    public void Page(PageContent content)
    {
        var page = content.Page;
        foreach (var i in content.ArtifactInsideTagged.Take(1))
        {
            findings.Fail("01-003", $"an Artifact sequence opens inside tagged content (operator {i}) ", page.Number);
        }

        foreach (var i in content.TaggedInsideArtifact.Take(1))
        {
            findings.Fail("01-004", $"tagged content (an MCID) opens inside an Artifact sequence (operator {i})", page.Number);
        }

        var untagged = content.Items.Where(x => x.Mcid is null && !x.InArtifact).ToList();
        foreach (var group in untagged.GroupBy(x => x.Kind))
        {
            findings.Fail("01-005", $"{group.Count()} {Describe(group.Key)} operator(s) are neither tagged nor marked as Artifact, first at operator {group.First().Operator}", page.Number);
        }

        var parents = ParentArray(page);
        foreach (var mcid in content.Items.Where(x => x.Mcid is not null && !x.InArtifact).Select(x => x.Mcid!.Value).Distinct())
        {
            if (!InParentTree(parents, mcid))
            {
                findings.Fail("01-005", $"marked content MCID {mcid} has no structure element in the parent tree (StructParents entry), so it is not tagged content", page.Number);
            }
            else if (!owned.Contains((page.ObjectRef, mcid)))
            {
                findings.Fail("01-005", $"marked content MCID {mcid} is not a kid of any structure element", page.Number);
            }
        }

        CountFormUses(content);
    }

    public void Finish()
    {
        foreach (var (r, count) in formUses.Where(u => u.Value > 1))
        {
            if (pdf.Resolve(new IndirectReferenceToken(r)) is StreamToken s && pdf.Name(s.StreamDictionary, "Subtype") == "Form"
                && System.Text.Encoding.Latin1.GetString(pdf.Decode(s)).Contains("/MCID", StringComparison.Ordinal))
            {
                findings.Fail("30-002", $"form XObject {r.ObjectNumber} contains MCIDs and is painted {count} times", where: $"object {r.ObjectNumber}");
            }
        }
    }

    /// <summary>Whether the page's parent-tree entry names a structure element for the MCID. An element read from the
    /// tree (<see cref="StructureTree.ByRef"/>) is a dictionary, so its dictionary is not read again; any other entry
    /// is resolved as before, so a damaged one fails the same way.</summary>
    private bool InParentTree(ArrayToken? parents, int mcid)
    {
        if (parents is null || mcid >= parents.Length)
        {
            return false;
        }

        if (parents[mcid] is IndirectReferenceToken r && tree.ByRef.ContainsKey(r.Data))
        {
            return true;
        }

        _ = pdf.Resolve(parents[mcid]);
        return false;
    }

    private ArrayToken? ParentArray(PdfPageRef page)
    {
        if (pdf.Get(page.Dictionary, "StructParents") is not NumericToken key)
        {
            return null;
        }

        return tree.ParentTree.TryGetValue(key.Int, out var entry) ? pdf.Resolve(entry) as ArrayToken : null;
    }

    private void CountFormUses(PageContent content)
    {
        var xobjects = pdf.Dict(pdf.Dict(content.Page.Dictionary, "Resources"), "XObject");
        foreach (var item in content.Items.Where(x => x.Kind == PaintKind.XObject))
        {
            if (item.XObject is { } name && PdfInspection.RefOf(xobjects, name) is { } r)
            {
                formUses[r] = formUses.GetValueOrDefault(r) + 1;
            }
        }
    }

    private static string Describe(PaintKind kind) => kind switch
    {
        PaintKind.Text => "text-showing",
        PaintKind.Path => "path-painting",
        PaintKind.XObject => "image/XObject (Do)",
        PaintKind.Shading => "shading (sh)",
        _ => "inline-image",
    };
}
