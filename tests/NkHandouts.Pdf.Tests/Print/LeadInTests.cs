namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// #15: a line that introduces a list ("How well it works depends on many things:") is printed on the same page
/// as the list's first item, right above it, in every patient file of the sample article — read back with PdfPig.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class LeadInTests(PrintFixture print)
{
    public static TheoryData<string, string> Files => new()
    {
        { "patient-leaflet", "a4" },
        { "patient-leaflet", "letter" },
        { "patient-leaflet", "a4.print" },
        { "booklet-a5", "a5" },
        { "booklet-a5", "a5.print" },
        { "large-print", "a4" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_lead_in_line_is_on_the_page_of_the_list_it_introduces(string template, string variant)
    {
        var found = LeadIns.Find(print.Get(template, variant).Bytes, print.Article);
        Assert.Equal(3, found.Count); // the sample article has three lines ending in a colon before a list
        AssertTogether(found);
    }

    /// <summary>Same page, and the item starts within two body lines under the lead-in's last line (nothing between).</summary>
    internal static void AssertTogether(List<LeadIns.Placement> found)
    {
        foreach (var p in found)
        {
            Assert.True(p.LeadInPage == p.ItemPage, $"'{p.LeadIn}' ends page {p.LeadInPage}, its list starts on page {p.ItemPage}");
            var gap = p.LeadInBottom - p.ItemTop;
            Assert.InRange(gap, 0, 2 * 12 * 1.5);
        }
    }
}

/// <summary>
/// #15: the questions box's closing contact line never starts a page alone in a box fragment (seen on the A4
/// leaflet's page 5): on the page that prints it, a question of the box comes before it.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class ClosingLineTests(PrintFixture print)
{
    [Theory]
    [MemberData(nameof(LeadInTests.Files), MemberType = typeof(LeadInTests))]
    public void The_contact_line_follows_a_question_on_its_page(string template, string variant)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(print.Get(template, variant).Bytes);
        var contact = PdfText.Squash("Call the clinic:");
        var page = pdf.GetPages().Single(p => PdfText.Squash(p.Text).Contains(contact, StringComparison.Ordinal));
        var text = PdfText.Squash(page.Text);
        var before = text[..text.IndexOf(contact, StringComparison.Ordinal)];
        Assert.True(before.Contains('?'), $"page {page.Number} starts its box fragment with the contact line: {text[..Math.Min(120, text.Length)]}");
    }
}
