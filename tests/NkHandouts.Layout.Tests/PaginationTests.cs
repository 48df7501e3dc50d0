using NkHandouts.Layout;

namespace NkHandouts.Layout.Tests;

public sealed class PaginationTests
{
    private static readonly TextStyle Style = TestFonts.Style();

    private static RecordingSurface Render(Element content, double pageHeight = 200, Element? footer = null)
    {
        var surface = new RecordingSurface();
        new DocumentLayout(new PageGeometry(300, pageHeight, 10, 10, 10, 10), content) { Footer = footer, FurnitureGap = 0 }.Render(surface);
        return surface;
    }

    [Fact]
    public void Footer_shows_page_x_of_y_on_every_page()
    {
        var paras = Enumerable.Range(0, 30).Select(i => Compose.Text($"Paragraph {i}", Style).Tag(StructureTag.P));
        var footer = Compose.Column(0, Compose.Rule(1, Rgb.Black, 2), Compose.Row(4,
            (RowWidth.Relative(), Compose.Text("Clinic", Style)),
            (RowWidth.Relative(), Compose.PageText((n, t) => $"Page {n} of {t}", Style))));
        var s = Render(Compose.Column(0, paras), footer: footer);
        var pages = s.Texts.Max(t => t.Page);
        Assert.True(pages >= 2);
        for (var p = 1; p <= pages; p++)
        {
            Assert.Equal($"ClinicPage {p} of {pages}", s.LinesOn(p)[^1]);
        }
    }
}
