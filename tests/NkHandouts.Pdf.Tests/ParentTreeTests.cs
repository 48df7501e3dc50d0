using NkHandouts.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Pdf.Tests;

/// <summary>The structure parent tree of a many-page leaflet, read back with PdfPig: the writer sets finished pages'
/// entries aside while it draws (<see cref="ParentTreeBatch"/>) and puts them back before saving, so the tree must
/// still hold one entry per page, in ascending key order, each as long as its page's marked-content IDs, plus one
/// per link annotation.</summary>
public sealed class ParentTreeTests
{
    [Fact]
    public void Every_page_and_link_has_its_entry_in_key_order()
    {
        var body = string.Concat(Enumerable.Range(1, 60).Select(i =>
            $"Paragraph {i} says that NK cells are part of the immune system, and see [the guide {i}](https://example.org/g{i}).\n\n"));
        var (bytes, result) = SampleArticle.Render(SampleArticle.Load(body), SampleArticle.Leaflet);
        Assert.True(result.Pages >= 4, $"only {result.Pages} pages");

        using var pdf = PdfDocument.Open(bytes);
        var root = Dict(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var nums = (ArrayToken)Resolve(pdf, Dict(pdf, root.Data["ParentTree"]).Data["Nums"]);
        var keys = nums.Data.Where((_, i) => i % 2 == 0).Cast<NumericToken>().Select(n => n.Int).ToList();
        Assert.Equal(keys.Order().Distinct(), keys);
        var entries = keys.Select((k, i) => (k, Value: Resolve(pdf, nums.Data[(2 * i) + 1]))).ToDictionary(e => e.k, e => e.Value);

        var links = 0;
        foreach (var page in pdf.GetPages())
        {
            var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
            var mcids = new HashSet<int>();
            Walk(page.GetMarkedContents(), m =>
            {
                if (m.MarkedContentIdentifier >= 0)
                {
                    mcids.Add(m.MarkedContentIdentifier);
                }
            });
            var parents = Assert.IsType<ArrayToken>(entries[key]);
            Assert.True(mcids.Count > 0, $"page {page.Number} has no tagged content");
            Assert.Equal(Enumerable.Range(0, parents.Data.Count), mcids.Order());

            foreach (var annotation in page.GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link))
            {
                var structParent = ((NumericToken)annotation.AnnotationDictionary.Data["StructParent"]).Int;
                Assert.IsType<DictionaryToken>(entries[structParent]);
                links++;
            }
        }

        Assert.True(links >= 60, $"{links} links");
        Assert.Equal(pdf.NumberOfPages + links, keys.Count);
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken r ? pdf.Structure.GetObject(r.Data).Data : token;

    private static DictionaryToken Dict(PdfDocument pdf, IToken token) => (DictionaryToken)Resolve(pdf, token);

    private static void Walk(IEnumerable<MarkedContentElement> elements, Action<MarkedContentElement> visit)
    {
        foreach (var m in elements)
        {
            visit(m);
            Walk(m.Children, visit);
        }
    }
}
