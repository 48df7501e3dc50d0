using PdfSharp.Pdf;

namespace NkHandouts.Pdf;

/// <summary>
/// Puts the document's top-level structure elements into reading order. PDFsharp tags in drawing order, page by
/// page; a tri-fold is read cover, flap, inside, back — and the back is on the first page. The structure tree, not
/// the page order, is what assistive technology follows, so reordering its top-level children is enough.
/// </summary>
internal static class StructureOrder
{
    /// <param name="order">For each top-level element in drawing order, its position in reading order.</param>
    public static void Apply(PdfDocument document, IReadOnlyList<int> order)
    {
        var root = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        var top = root?.Elements.GetDictionary("/K");
        var kids = top?.Elements.GetArray("/K");
        if (kids is null || kids.Elements.Count != order.Count)
        {
            throw new InvalidOperationException($"expected {order.Count} top-level structure elements, found {kids?.Elements.Count ?? 0}");
        }

        var items = new PdfItem[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            items[order[i]] = kids.Elements[i];
        }

        kids.Elements.Clear();
        foreach (var item in items)
        {
            kids.Elements.Add(item);
        }
    }
}
