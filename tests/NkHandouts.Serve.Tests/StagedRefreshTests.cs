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
    public async Task A_named_pipe_saved_as_an_article_is_reported_and_later_saves_still_update()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        site.Refresh();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [_workspace.ArticlePath("pipe")])!)
        {
            mkfifo.WaitForExit();
        }

        // Before, the refresh waited in open() for a writer that never came, and no later save was ever shown.
        var refresh = Task.Run(() => site.Refresh(RefreshStage.Text), TestContext.Current.CancellationToken);
        var text = await refresh.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.Contains(text.Find("pipe")!.Diagnostics, d => d.Code == "NK001" && d.Message.Contains("named pipe", StringComparison.Ordinal));

        var path = _workspace.ArticlePath(Workspace.Leaflet);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\nAsk your nurse.\n");
        Assert.Contains("Ask your nurse.", site.Refresh(RefreshStage.Text).Find(Workspace.Leaflet)!.SourceText, StringComparison.Ordinal);
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

    [Fact]
    public async Task Previews_are_drawn_for_the_file_an_article_opens_on_and_for_files_a_page_asks_for()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        site.Refresh();
        const string opener = "leaflet.patient-leaflet.a4.pdf";
        const string letter = "leaflet.patient-leaflet.letter.pdf";

        // Every output is built, but only the file the article opens on has page previews, and none a contact sheet.
        var outputs = site.Current.Find(Workspace.Leaflet)!.Templates.SelectMany(t => t.Outputs).ToList();
        Assert.All(outputs, o => Assert.True(o.Exists, o.FileName));
        Assert.Equal([opener], outputs.Where(o => o.Previews.Count > 0).Select(o => o.FileName));
        Assert.False(Directory.Exists(Path.Combine(site.WorkDir, "leaflet.patient-leaflet.letter.previews")));
        Assert.Empty(Directory.EnumerateFiles(site.WorkDir, "contact-sheet.png", SearchOption.AllDirectories));

        await using var app = ServeApp.Build(site, b => b.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = app.GetTestClient();
        var first = await client.GetStringAsync(new Uri("/article/leaflet?output=" + letter, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Drawing the pages of this file", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol class=\"pages\">", first, StringComparison.Ordinal);

        // Asking started a rebuild of that file with its previews (the worker is not running here: refresh by hand).
        site.Refresh(RefreshStage.FirstLooks);
        var after = await client.GetStringAsync(new Uri("/article/leaflet?output=" + letter, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<ol class=\"pages\">", after, StringComparison.Ordinal);
        Assert.Contains("/out/leaflet.patient-leaflet.letter.previews/page-1.png", after, StringComparison.Ordinal);
        var png = await client.GetByteArrayAsync(new Uri("/out/leaflet.patient-leaflet.letter.previews/page-1.png", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal((byte)0x89, png[0]);

        // A file asked for once keeps its previews after later saves; the print files still have none.
        var path = _workspace.ArticlePath(Workspace.Leaflet);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\nAsk your nurse.\n");
        var all = site.Refresh();
        var drawn = all.Find(Workspace.Leaflet)!.Templates.SelectMany(t => t.Outputs).Where(o => o.Previews.Count > 0).Select(o => o.FileName).Order(StringComparer.Ordinal);
        Assert.Equal([opener, letter], drawn);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_file_that_no_longer_builds_does_not_promise_pages_it_cannot_draw()
    {
        using var site = new PreviewSite(_workspace.Options(), Workspace.Pipeline());
        site.Refresh();
        const string letter = "leaflet.patient-leaflet.letter.pdf";

        // A sentence far above the patients policy, which the leaflet template enforces: its files are not rebuilt.
        var path = _workspace.ArticlePath(Workspace.Leaflet);
        const string hard = "Notwithstanding considerable interindividual variability, immunological reconstitution following hematopoietic transplantation characteristically necessitates prolonged institutional observation and multidisciplinary coordination. ";
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd() + "\n\n" + string.Concat(Enumerable.Repeat(hard, 30)) + "\n");
        site.Refresh();

        await using var app = ServeApp.Build(site, b => b.WebHost.UseTestServer());
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = app.GetTestClient();
        site.Viewing(letter);
        site.Refresh(RefreshStage.FirstLooks);
        var html = await client.GetStringAsync(new Uri("/article/leaflet?output=" + letter, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<strong>Not built:</strong> reading level fails", html, StringComparison.Ordinal);
        Assert.Contains("No pages were drawn of the last file that built", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Drawing the pages", html, StringComparison.Ordinal);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    private static Dictionary<string, string> Keys(PreviewSite site) =>
        Manifest.Load(site.WorkDir).Entries.ToDictionary(e => e.Key, e => e.Value.Key, StringComparer.Ordinal);
}
