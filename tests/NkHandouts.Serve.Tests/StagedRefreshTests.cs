using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using NkHandouts.Build;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve.Tests;

/// <summary>A save is shown in steps: text and grade, then the file each template opens on, then the rest. Which
/// files a step built is read from the build's own manifest in the work folder (their input keys), not from the
/// snapshot the step returns.</summary>
public sealed class StagedRefreshTests : IDisposable
{
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void After_a_save_the_first_looks_are_rebuilt_before_the_other_sizes_and_print_files()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        var first = site.Refresh();
        Assert.Equal(RefreshStage.All, first.Stage);
        var before = Keys(site);

        var path = _workspace.ArticlePath(Workspace.Leaflet);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\nAsk your nurse.\n");

        var text = site.Refresh(RefreshStage.Text);
        Assert.Equal(before, Keys(site));
        Assert.True(text.Rendering);
        Assert.Contains("Ask your nurse.", text.Find(Workspace.Leaflet)!.SourceText, StringComparison.Ordinal);

        var looks = site.Refresh(RefreshStage.FirstLooks);
        var afterLooks = Keys(site);
        var changed = before.Keys.Where(f => afterLooks[f] != before[f]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["leaflet.patient-leaflet.a4.pdf", "leaflet.patient-web.html"], changed);
        Assert.True(looks.Rendering);
        Assert.StartsWith("First previews updated", Pages.Status.Of(looks), StringComparison.Ordinal);
        var leaflet = looks.Find(Workspace.Leaflet)!.Templates.Single(t => t.Name == "patient-leaflet");
        Assert.Equal(JobStatus.Built, leaflet.Outputs.Single(o => o.FileName == "leaflet.patient-leaflet.a4.pdf").Result!.Status);
        Assert.Equal(first.Find(Workspace.Leaflet)!.Templates.Single(t => t.Name == "patient-leaflet").Outputs.Single(o => o.Variant == "letter").Result,
            leaflet.Outputs.Single(o => o.Variant == "letter").Result);

        var all = site.Refresh();
        var afterAll = Keys(site);
        Assert.False(all.Rendering);
        Assert.All(before.Keys.Where(f => f.StartsWith("leaflet.", StringComparison.Ordinal)), f => Assert.NotEqual(before[f], afterAll[f]));
        Assert.All(before.Keys.Where(f => !f.StartsWith("leaflet.", StringComparison.Ordinal)), f => Assert.Equal(before[f], afterAll[f]));
        Assert.Contains(all.Find(Workspace.Leaflet)!.Templates.SelectMany(t => t.Outputs), o => o.Print);
    }

    [Fact]
    public void The_file_a_page_shows_is_rebuilt_first_and_alone_of_its_article()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        site.Refresh();
        var before = Keys(site);
        site.Viewing("leaflet.patient-leaflet.letter.pdf");

        var path = _workspace.ArticlePath(Workspace.Leaflet);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\nAsk your nurse.\n");
        site.Refresh(RefreshStage.FirstLooks);
        var after = Keys(site);
        Assert.Equal(["leaflet.patient-leaflet.letter.pdf"], before.Keys.Where(f => after[f] != before[f]));

        site.Refresh();
        Assert.All(before.Keys.Where(f => f.StartsWith("leaflet.", StringComparison.Ordinal)), f => Assert.NotEqual(before[f], Keys(site)[f]));
    }

    [Fact]
    public async Task Opening_an_output_on_the_article_page_tells_the_site_what_is_on_screen()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        site.Refresh();
        await using var app = ServeApp.Build(site, b => b.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = app.GetTestClient();
        var page = await client.GetAsync(new Uri("/article/leaflet?output=leaflet.patient-web.html", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(page.IsSuccessStatusCode);

        var path = _workspace.ArticlePath(Workspace.Leaflet);
        var before = Keys(site);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\nAsk your nurse.\n");
        site.Refresh(RefreshStage.FirstLooks);
        var after = Keys(site);
        Assert.Equal(["leaflet.patient-web.html"], before.Keys.Where(f => after[f] != before[f]));
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private static Dictionary<string, string> Keys(PreviewSite site) =>
        Manifest.Load(site.WorkDir).Entries.ToDictionary(e => e.Key, e => e.Value.Key, StringComparer.Ordinal);
}
