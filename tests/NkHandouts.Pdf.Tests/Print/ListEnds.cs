using NkHandouts.Content;
using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Where a list of an article breaks across pages, read back from the built PDF with PdfPig: for each list of two or
/// more items, the page its first item ends on and the page its second starts on, and the same for its last two
/// items. Searched in the pages' own text (spaces and hyphens left out), never taken from the layout.
/// </summary>
internal static class ListEnds
{
    public sealed record Ends(string FirstItem, int FirstEnds, int SecondStarts, string LastItem, int BeforeLastEnds, int LastStarts);

    /// <summary>Every list of two or more items, in source order, nested ones (in callouts, in items) included.</summary>
    public static List<ListBlock> Lists(IReadOnlyList<Block> blocks) =>
        [.. blocks.SelectMany(b => b switch
        {
            ListBlock l => [l, .. Lists([.. l.Items.SelectMany(i => i.Blocks)])],
            CalloutBlock c => Lists(c.Blocks),
            QuoteBlock q => Lists(q.Blocks),
            _ => [],
        }).Where(l => l.Items.Count >= 2)];

    public static List<Ends> Find(byte[] pdf, Article article)
    {
        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().Select(LeadIns.Index).ToList();
        var result = new List<Ends>();
        var (from, at) = (0, 0);
        foreach (var list in Lists(article.Blocks))
        {
            var items = new List<(int Starts, int Ends)>();
            foreach (var item in list.Items)
            {
                items.Add(Item(pages, item, ref from, ref at));
            }

            result.Add(new Ends(Text(list.Items[0]), items[0].Ends, items[1].Starts, Text(list.Items[^1]), items[^2].Ends, items[^1].Starts));
        }

        return result;
    }

    private static string Text(ListItemBlock item) => string.Join(" ", item.Blocks.OfType<ParagraphBlock>().Select(p => p.PlainText));

    /// <summary>The pages an item's first and last (up to) 20 characters are printed on, searched from where the
    /// last search ended: items follow one another.</summary>
    private static (int Starts, int Ends) Item(List<LeadIns.Indexed> pages, ListItemBlock item, ref int from, ref int at)
    {
        var key = LeadIns.Key(Text(item));
        var head = key[..Math.Min(20, key.Length)];
        var tail = key[Math.Max(head.Length, key.Length - 20)..]; // after the head: the search goes forward
        var start = LeadIns.Locate(pages, head, ref from, ref at) ?? throw new Xunit.Sdk.XunitException($"list item '{Text(item)}' not found");
        var end = tail.Length == 0 ? start : LeadIns.Locate(pages, tail, ref from, ref at) ?? throw new Xunit.Sdk.XunitException($"end of list item '{Text(item)}' not found");
        return (start.Page, end.Page);
    }

    /// <summary>No list item stands alone at a page foot or head: the page never ends between a list's first two
    /// items or between its last two (it may end inside an item, where the item's lines allow).</summary>
    public static void AssertNoLoneItems(List<Ends> found, string file)
    {
        Assert.NotEmpty(found);
        foreach (var e in found)
        {
            Assert.True(e.FirstEnds == e.SecondStarts, $"{file}: '{e.FirstItem}' stands alone at the foot of page {e.FirstEnds}");
            Assert.True(e.BeforeLastEnds == e.LastStarts, $"{file}: '{e.LastItem}' stands alone at the head of page {e.LastStarts}");
        }
    }
}

/// <summary>#2 of the pagination round: a list's last item alone at the head of a page (a widow: the English large
/// print's "You." item, the Spanish booklet's and Letter leaflet's last items) or its first alone at a page foot.</summary>
[Collection(PrintCollection.Name)]
public sealed class ListBreakTests(PrintFixture print)
{
    [Theory]
    [MemberData(nameof(LeadInTests.Files), MemberType = typeof(LeadInTests))]
    public void No_list_item_stands_alone_at_a_page_head_or_foot(string template, string variant)
    {
        var o = print.Get(template, variant);
        ListEnds.AssertNoLoneItems(ListEnds.Find(o.Bytes, print.Article), o.Plan.FileName);
    }
}
