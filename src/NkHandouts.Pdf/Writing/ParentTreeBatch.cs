using PdfSharp.Pdf;

namespace NkHandouts.Pdf;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while pages are drawn. For every marked-content sequence PDFsharp
/// finds the current page's entry by scanning the whole <c>/ParentTree /Nums</c> array
/// (<c>StructureBuilder.AddToParentTree</c>), which grows by an entry a page: quadratic in pages, a fifth of a
/// 1,000-page leaflet's time (docs/performance.md, profile notes). Pages are drawn in order and never revisited,
/// PDFsharp looks up only the current page's key (new keys come from <c>/ParentTreeNextKey</c>; entries are
/// appended), so the entries of finished pages are set aside when a page closes and put back, in the same order,
/// before the document is saved: the file is the same byte for byte.
/// </summary>
internal sealed class ParentTreeBatch(PdfDocument document)
{
    private readonly List<PdfItem> finished = [];

    /// <summary>Moves every entry now in the parent tree aside (the page that owns them is done).</summary>
    public void SetAside()
    {
        if (Nums() is { } nums)
        {
            finished.AddRange(nums.Elements);
            nums.Elements.Clear();
        }
    }

    /// <summary>Puts the entries back in front of any added since, and checks the keys still ascend.</summary>
    /// <exception cref="InvalidOperationException">A key repeats or goes back: PDFsharp looked up an entry that was
    /// set aside (a page drawn again after it closed), which this batching does not allow.</exception>
    public void PutBack()
    {
        if (finished.Count == 0 || Nums() is not { } nums)
        {
            return;
        }

        var all = finished.Concat(nums.Elements).ToList();
        nums.Elements.Clear();
        var last = int.MinValue;
        for (var i = 0; i < all.Count; i++)
        {
            if (i % 2 == 0 && all[i] is PdfInteger key)
            {
                if (key.Value <= last)
                {
                    throw new InvalidOperationException($"structure parent tree key {key.Value} follows {last}: a page was drawn on after it was closed");
                }

                last = key.Value;
            }

            nums.Elements.Add(all[i]);
        }

        finished.Clear();
    }

    private PdfArray? Nums() =>
        document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
}
