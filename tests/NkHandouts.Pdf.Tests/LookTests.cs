namespace NkHandouts.Pdf.Tests;

public sealed class LookTests(LeafletFixture leaflet) : IClassFixture<LeafletFixture>
{
    [Fact]
    public void Renders_pages()
    {
        Assert.All(leaflet.Results.Values, r => Assert.True(r.Pages > 1));
    }
}
