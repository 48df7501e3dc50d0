namespace NkHandouts.Word.Tests;

/// <summary>A second program, LibreOffice, lays the briefing out on a machine without DejaVu: with the fonts the file
/// carries, every page is pixel for pixel the page it draws with the fonts installed; without them it is not.
/// Skips without LibreOffice and poppler; mandatory in CI.</summary>
public sealed class EmbeddedFontRenderingTests(HiddenFontsFixture office) : IClassFixture<HiddenFontsFixture>
{
    [Fact]
    public void Pages_are_identical_when_the_fonts_come_only_from_the_file()
    {
        var r = office.Renderings;
        Assert.Contains("DejaVuSans", r.Hidden.Fonts);
        Assert.Equal(r.System.Text, r.Hidden.Text);
        Assert.Equal(r.System.Pages.Count, r.Hidden.Pages.Count);
        for (var i = 0; i < r.System.Pages.Count; i++)
        {
            Assert.True(r.System.Pages[i].AsSpan().SequenceEqual(r.Hidden.Pages[i]), $"page {i + 1} differs");
        }
    }

    [Fact]
    public void Without_the_embedded_fonts_the_hidden_machine_draws_another_face()
    {
        var r = office.Renderings;
        Assert.DoesNotContain("DejaVu", r.HiddenWithoutEmbedded.Fonts);
        Assert.NotEqual(r.System.Text, r.HiddenWithoutEmbedded.Text);
    }
}
