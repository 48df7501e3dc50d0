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
