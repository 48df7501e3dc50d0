using System.Text.RegularExpressions;
using NkHandouts.Content;

namespace NkHandouts.Word.Tests;

/// <summary>
/// The briefing paginates as a clinician's document should, read back from the PDF LibreOffice prints of it (page by
/// page, pdftotext): a myth's box is on the page of the fact that answers it, no heading or lead-in line is the
/// last line of a page, and no list leaves its first item alone at a page's foot or its last alone at the next's head. LibreOffice 7.4 had ended a page with Myth 1's box and begun the next with its fact. Skips
/// without LibreOffice; mandatory in CI.
/// </summary>
public sealed partial class PaginationTests(PaginationFixture office) : IClassFixture<PaginationFixture>
{
    [Theory]
    [InlineData("nk")]
    [InlineData("pairs")]
    public void Every_myth_label_is_on_the_page_of_its_fact_label(string name)
    {
        var pages = office.Pages(name);
        var labels = pages.SelectMany((text, i) => Label().Matches(text).Select(m => (m.Value, Page: i + 1))).ToList();
        var myths = office.Articles[name].Blocks.Count(b => b is CalloutBlock { Kind: CalloutKind.Myth });
        Assert.True(myths >= 3, $"{name} has {myths} myths");
        Assert.Equal(myths, labels.Count(l => l.Value == "MYTH"));
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].Value == "MYTH")
            {
                Assert.True(i + 1 < labels.Count && labels[i + 1].Value == "FACT", $"{name}: the MYTH on page {labels[i].Page} is not followed by a FACT");
                Assert.True(labels[i].Page == labels[i + 1].Page, $"{name}: the MYTH is on page {labels[i].Page}, its FACT on page {labels[i + 1].Page} of {pages.Count}");
            }
        }
    }

    [Theory]
    [InlineData("nk")]
    [InlineData("pairs")]
    public void No_heading_or_lead_in_line_is_the_last_line_of_a_page(string name)
    {
        var pages = office.Pages(name);
        Assert.True(pages.Count >= 3, $"{name} has {pages.Count} pages");
        var headings = office.Articles[name].Blocks.OfType<HeadingBlock>().Select(h => h.PlainText).ToList();
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var last = LastBodyLine(pages[i]);

            // A heading may wrap: its first line alone at a page's foot is as wrong as all of it.
            var heading = headings.FirstOrDefault(h => h.StartsWith(last, StringComparison.Ordinal) || h.EndsWith(last, StringComparison.Ordinal));
            Assert.True(heading is null, $"{name}: page {i + 1} of {pages.Count} ends with the heading '{heading}'");
            Assert.False(last.EndsWith(':'), $"{name}: page {i + 1} ends with the lead-in line '{last}'");
            Assert.DoesNotMatch(Label(), last);
        }
    }

    [Theory]
    [InlineData("nk")]
    [InlineData("pairs")]
    [InlineData("lists")]
    public void No_list_item_is_orphaned_at_a_page_foot_or_widowed_at_a_page_head(string name)
    {
        var pages = office.Pages(name);
        var lists = office.Articles[name].Blocks.OfType<ListBlock>().Where(l => l.Items.Count > 1).ToList();
        var firsts = lists.Select(l => ItemText(l.Items[0])).ToList();
        var lasts = lists.Select(l => ItemText(l.Items[^1])).ToList();
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var last = LastBodyLine(pages[i]);
            var orphan = firsts.FirstOrDefault(f => last.EndsWith(f, StringComparison.Ordinal));
            Assert.True(orphan is null, $"{name}: page {i + 1} of {pages.Count} ends with the first item of a list alone: '{orphan}'");
            var head = FirstBodyLine(pages[i + 1]);
            var widow = lasts.FirstOrDefault(l => head.EndsWith(l, StringComparison.Ordinal));
            Assert.True(widow is null, $"{name}: page {i + 2} of {pages.Count} begins with the last item of a list alone: '{widow}'");
        }
    }

    private static string ItemText(ListItemBlock item) => item.Blocks.FirstOrDefault() is ParagraphBlock p ? p.PlainText : "";

    /// <summary>The first line of a page below its running header.</summary>
    private static string FirstBodyLine(string page) => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Skip(1).First();

    /// <summary>The last line of a page above its running footer ("Page 2 of 5").</summary>
    private static string LastBodyLine(string page)
    {
        var lines = page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Matches(Footer(), lines[^1]);
        return lines[^2];
    }

    /// <summary>A callout's label as printed (the style's small capitals come out as capitals), after its icon.</summary>
    [GeneratedRegex(@"\b(MYTH|FACT)\b")]
    private static partial Regex Label();

    [GeneratedRegex(@"^Page \d+ of \d+$")]
    private static partial Regex Footer();
}
