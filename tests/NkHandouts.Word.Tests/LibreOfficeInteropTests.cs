using System.Text.RegularExpressions;

namespace NkHandouts.Word.Tests;

/// <summary>A second reader, LibreOffice, opens the briefings and prints what they hold: headings, list items,
/// table cells and callouts must all reach the PDF. Skips without LibreOffice; mandatory in CI.</summary>
public sealed class LibreOfficeInteropTests(LibreOfficeFixture office) : IClassFixture<LibreOfficeFixture>
{
    [Fact]
    public void Nk_briefing_shows_title_headings_callouts_and_key_points()
    {
        var text = Flatten(office.Text("nk"));
        string[] expected =
        [
            "Debunking 3 Common Myths About NK Cell Therapy", "Contents",
            "Myth 1: \u2018NK Therapy is a Miracle Cure for All Cancers.\u2019", "Myth 2: \u2018NK Cells Work Alone.\u2019",
            "Myth 3: \u2018More NK Cells Always Means Better.\u2019", "Conclusion: A Sophisticated and Evolving Science",
            "MYTH", "FACT", "KEY POINTS",
            "Recognizing that it is not a universal cure, but a targeted tool",
            "Acknowledging the vital teamwork between nk cells and dendritic cells",
            "Review by: December 19, 2026", "Page 1 of",
        ];
        Assert.All(expected, e => Assert.Contains(e, text));
        Assert.Equal(3, Regex.Matches(text, "\\bMYTH\\b").Count);
    }

    [Fact]
    public void Synthetic_briefing_shows_lists_tables_callouts_and_footnotes()
    {
        var text = Flatten(office.Text("synthetic"));
        string[] expected =
        [
            "Section Heading Alpha", "Deep Heading Gamma", "Bullet item one", "Nested bullet item", "Deep numbered item",
            "3. Numbered item three", "4. Numbered item four", "1. Restarted numbered item",
            "Drug", "Dose", "Aldesleukin", "bold cell", "Cell two",
            "MYTH", "Myth callout text.", "THE REALITY", "Fact callout text.", "KEY POINTS", "Key point bullet", "IMPORTANT",
            "Quoted guidance paragraph.", "First footnote with a link.", "Figure 1: a blue square", "code line two",
        ];
        Assert.All(expected, e => Assert.Contains(e, text));
    }

    /// <summary>Collapses the layout's runs of spaces so phrases match whatever the line breaks.</summary>
    private static string Flatten(string text) => Regex.Replace(text, "\\s+", " ");
}
