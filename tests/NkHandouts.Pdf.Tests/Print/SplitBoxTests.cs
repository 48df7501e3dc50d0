using UglyToad.PdfPig;

namespace NkHandouts.Pdf.Tests.Print;

/// <summary>
/// Pagination round 8, #3: the questions box is long (intro, six questions, the clinic line) and splits across
/// pages when moving it whole would leave more than a quarter of a page empty (on the A4 leaflet, moving it would
/// leave page 4 39 % empty, next to the enforced 40 %). Its continued part must still read as the same box: on the
/// page that continues it, the questions stand on the box's tint with the box's rule down its left edge, and the
/// clinic line follows a question (<see cref="ClosingLineTests"/>). Read back with PdfPig.
/// </summary>
[Collection(PrintCollection.Name)]
public sealed class SplitBoxTests(PrintFixture print)
{
    [Theory]
    [MemberData(nameof(LeadInTests.Files), MemberType = typeof(LeadInTests))]
    public void A_split_questions_box_keeps_its_tint_and_rule_on_every_page(string template, string variant)
    {
        using var pdf = PdfDocument.Open(print.Get(template, variant).Bytes);
        var pages = pdf.GetPages().ToList();
        var heading = pages.SelectMany(p => p.GetWords().Where(w => w.Text == "Questions").Select(w => (Page: p, Word: w))).First();
        var tint = PdfRead.FillUnder(heading.Page, heading.Word.BoundingBox.Centroid) ?? throw new Xunit.Sdk.XunitException("no tint under the box heading");
        var colour = PdfRead.Rgb(tint.FillColor);

        // The box's lines (questions end in a question mark; "Call the clinic:") under its heading and on the
        // pages after it: the sample has nothing else ending in '?' there.
        var checkedWords = 0;
        foreach (var page in pages.Where(p => p.Number >= heading.Page.Number))
        {
            var lines = page.GetWords().Where(w => (w.Text.EndsWith('?') || w.Text == "clinic:")
                && (page.Number > heading.Page.Number || w.BoundingBox.Top < heading.Word.BoundingBox.Bottom)).ToList();
            checkedWords += lines.Count;
            foreach (var word in lines)
            {
                var fill = PdfRead.FillUnder(page, word.BoundingBox.Centroid);
                Assert.True(fill is not null && PdfRead.Rgb(fill.FillColor) == colour, $"page {page.Number}: '{word.Text}' is not on the box's tint");
                var box = fill!.GetBoundingRectangle()!.Value;
                var rule = page.Paths.Where(p => p.IsFilled && p.GetBoundingRectangle() is { } r && r.Width < 6 && Math.Abs(r.Left - box.Left) < 1
                    && r.Top >= box.Top - 1 && r.Bottom <= box.Bottom + 1);
                Assert.True(rule.Any(), $"page {page.Number}: the continued box has no rule down its left edge");
            }
        }

        Assert.True(checkedWords >= 7, $"found {checkedWords} of the box's six questions and clinic line");
    }
}
