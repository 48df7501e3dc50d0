using NkHandouts.Content;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Finds, in a built PDF read back with PdfPig, where each lead-in line of an article (a paragraph ending in a colon
/// followed by a list) ends and where the list's first item starts: page and position of the letters, searched in
/// the page's own text, never taken from the layout.
/// </summary>
internal static class LeadIns
{
    public sealed record Placement(string LeadIn, string FirstItem, int LeadInPage, int ItemPage, double LeadInBottom, double ItemTop, double LeadInLeft, double ItemLeft);

    /// <summary>Every (lead-in, list) pair of the article, in source order, nested ones included.</summary>
    public static List<(ParagraphBlock LeadIn, ListBlock List)> Pairs(IReadOnlyList<Block> blocks)
    {
        var pairs = new List<(ParagraphBlock, ListBlock)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && i + 1 < blocks.Count && blocks[i + 1] is ListBlock l && p.PlainText.TrimEnd().EndsWith(':'))
            {
                pairs.Add((p, l));
            }

            var inner = blocks[i] switch
            {
                CalloutBlock c => c.Blocks,
                QuoteBlock q => q.Blocks,
                ListBlock l2 => [.. l2.Items.SelectMany(item => item.Blocks)],
                _ => [],
            };
            pairs.AddRange(Pairs(inner));
        }

        return pairs;
    }

    public static List<Placement> Find(byte[] pdf, Article article)
    {
        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().Select(Index).ToList();
        var result = new List<Placement>();
        var (from, at) = (0, 0);
        foreach (var (leadIn, list) in Pairs(article.Blocks))
        {
            // The last words of the lead-in and the first words of the first item, hyphens and spaces left out
            // (hyphenation may break a word at any line end).
            var tail = Key(leadIn.PlainText)[^Math.Min(30, Key(leadIn.PlainText).Length)..];
            var first = list.Items[0].Blocks.OfType<ParagraphBlock>().First().PlainText;
            var head = Key(first)[..Math.Min(20, Key(first).Length)];
            var lead = Locate(pages, tail, ref from, ref at) ?? throw new Xunit.Sdk.XunitException($"lead-in '{leadIn.PlainText}' not found");
            var item = Locate(pages, head, ref from, ref at) ?? throw new Xunit.Sdk.XunitException($"first item '{first}' not found after its lead-in");
            var lastLetter = lead.Letters[^1];
            var firstLetter = item.Letters[0];
            result.Add(new Placement(leadIn.PlainText, first, lead.Page, item.Page, lastLetter.BoundingBox.Bottom, firstLetter.BoundingBox.Top, lead.Letters[0].BoundingBox.Left, firstLetter.BoundingBox.Left));
        }

        return result;
    }

    internal static string Key(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '\u00AD'));

    internal sealed record Indexed(int Page, string Text, List<Letter> Map);

    internal static Indexed Index(Page page)
    {
        var text = new System.Text.StringBuilder();
        var map = new List<Letter>();
        foreach (var l in page.Letters)
        {
            foreach (var c in Key(l.Value))
            {
                text.Append(c);
                map.Add(l);
            }
        }

        return new Indexed(page.Number, text.ToString(), map);
    }

    internal static (int Page, List<Letter> Letters)? Locate(List<Indexed> pages, string key, ref int page, ref int at)
    {
        for (; page < pages.Count; page++, at = 0)
        {
            var i = pages[page].Text.IndexOf(key, at, StringComparison.Ordinal);
            if (i >= 0)
            {
                at = i + key.Length;
                return (pages[page].Page, pages[page].Map.GetRange(i, key.Length));
            }
        }

        return null;
    }
}
