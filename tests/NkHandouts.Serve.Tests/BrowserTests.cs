using System.Text.Json;
using NkHandouts.Html.Tests;
using PuppeteerSharp;

namespace NkHandouts.Serve.Tests;

/// <summary>
/// The preview in Debian's chromium (one browser and one server for the class): the marks and the verdict on the
/// article page, live updates after an edit on disk without a reload, a content error shown located, axe-core with
/// the WCAG 2.2 AA rules on both pages. Screenshots go to NKH_SCREENSHOTS (or bin/…/screenshots) to be looked at.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ServerFixture server, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<ServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90); // a rebuild on a busy 2-core CI runner

    private async Task<IPage> Open(string path, int width = 1280)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        var response = await page.GoToAsync(server.Url(path).AbsoluteUri, WaitUntilNavigation.Load);
        Assert.True(response.Ok, $"{path}: HTTP {(int)response.Status}");
        return page;
    }

    private async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(browser.Screenshots, "serve-" + name + ".png");
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    private static Task<string> Text(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => { const e = document.querySelector(s); return e ? e.innerText : ''; }", selector);

    private static async Task WaitFor(IPage page, string condition, string what)
    {
        try
        {
            await page.WaitForExpressionAsync(condition, new WaitForFunctionOptions { Timeout = (int)Patience.TotalMilliseconds, PollingInterval = 100 });
        }
        catch (WaitTaskTimeoutException)
        {
            var status = await Text(page, "#update-status");
            Assert.Fail($"the page did not show {what} within {Patience.TotalSeconds} s; status line: '{status}'");
        }
    }

    [Fact]
    public async Task Article_page_shows_marked_sentences_verdict_and_page_previews()
    {
        await using var page = await Open("/article/" + Workspace.Leaflet);
        var state = server.Host!.Site.Current.Find(Workspace.Leaflet)!;
        var report = state.Reading!;
        var badges = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.source .badge-hard')].map(b => b.textContent)");
        Assert.Equal(report.HardestSentences.Count(s => s.Grade > state.HardAbove), badges.Length);
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.StartsWith("hard · grade ", b, StringComparison.Ordinal));

        // The hardest sentence is marked as a whole: the marked text of its run reads as the sentence does.
        var hardest = report.HardestSentences[0];
        var marked = await page.EvaluateFunctionAsync<string>(
            "line => [...document.querySelectorAll('#L' + line + ' .m-hard')].map(e => e.textContent).join('')", hardest.Location.Line);
        Assert.StartsWith(string.Join(' ', hardest.Text.Split(' ').Take(3)), marked, StringComparison.Ordinal);

        var verdicts = await Text(page, ".verdicts");
        Assert.Matches(@"patient-leaflet \(patients policy\): . (pass|warn|fail)", verdicts);
        Assert.Contains(report.Grade.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), await Text(page, "#grade"), StringComparison.Ordinal);

        // The previews loaded as images (decoded, not broken).
        var loaded = await page.EvaluateExpressionAsync<int>(
            "Promise.all([...document.querySelectorAll('ol.pages img')].map(i => { i.loading = 'eager'; return i.decode().then(() => i.naturalWidth > 0 ? 1 : 0, () => 0); })).then(a => a.reduce((x, y) => x + y, 0))");
        Assert.True(loaded >= 1, "no page preview image loaded");

        // Complex words: one dotted mark for each occurrence the analysis counted, on the line it gave.
        var lines = await page.EvaluateExpressionAsync<int[]>("[...document.querySelectorAll('.source .m-complex')].map(e => +e.closest('.row').id.slice(1))");
        Assert.Equal(report.ComplexWords.SelectMany(w => w.Locations).Select(at => at.Line).Order(), lines.Order());
        await Screenshot(page, "article");
    }

    [Fact]
    public async Task A_page_size_shown_for_the_first_time_gets_its_pages_drawn_without_a_reload()
    {
        const string letter = "leaflet.patient-leaflet.letter.pdf";
        var drawn = server.Host!.Site.Current.Find(Workspace.Leaflet)!.Templates.SelectMany(t => t.Outputs).Single(o => o.FileName == letter);
        Assert.Empty(drawn.Previews); // only the file the article opens on has pages until a page asks

        await using var page = await Open("/article/" + Workspace.Leaflet + "?output=" + letter, width: 1000);
        await page.EvaluateExpressionAsync("window.__notReloaded = 5");
        await WaitFor(page, "document.querySelectorAll('ol.pages img').length > 0", "the Letter pages");
        Assert.Equal(5, await page.EvaluateExpressionAsync<int>("window.__notReloaded"));
        var sources = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('ol.pages img')].map(i => i.getAttribute('src'))");
        Assert.All(sources, s => Assert.StartsWith("/out/leaflet.patient-leaflet.letter.previews/page-", s, StringComparison.Ordinal));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.body.innerText.includes('Drawing the pages') ? 1 : 0"));
        await Screenshot(page, "letter-drawn");
    }

    [Fact]
    public async Task Editing_the_file_updates_text_and_grade_in_place_without_a_reload()
    {
        var path = server.Workspace.ArticlePath(Workspace.Edit);
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await using var page = await Open("/article/" + Workspace.Edit, width: 1000);
        var gradeBefore = await Text(page, "#grade");
        await page.EvaluateExpressionAsync("window.__notReloaded = 42; window.scrollTo(0, 300)");
        var scrollBefore = await page.EvaluateExpressionAsync<double>("window.scrollY");
        try
        {
            const string added = "Notwithstanding considerable interindividual variability, immunological reconstitution following hematopoietic transplantation characteristically necessitates prolonged institutional observation.";
            await File.WriteAllTextAsync(path, original.Replace("It helps stop germs.", "It helps stop germs. " + added, StringComparison.Ordinal), TestContext.Current.CancellationToken);
            await WaitFor(page, "document.querySelector('.source') && document.querySelector('.source').textContent.includes('Notwithstanding considerable')", "the new sentence");
            await WaitFor(page, $"document.querySelector('#grade') && document.querySelector('#grade').innerText !== {JsonSerializer.Serialize(gradeBefore)}", "a new grade");
            Assert.Equal(42, await page.EvaluateExpressionAsync<int>("window.__notReloaded"));
            Assert.Equal(scrollBefore, await page.EvaluateExpressionAsync<double>("window.scrollY"), 1);

            // The new sentence is now the hardest, marked in place, and the status line said so.
            var badge = await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('.source .badge-hard')].map(b => b.textContent).join('|')");
            Assert.Contains("hard · grade ", badge, StringComparison.Ordinal);
            Assert.Contains("Notwithstanding", await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('.source .m-hard')].map(e => e.textContent).join('')"), StringComparison.Ordinal);
            Assert.StartsWith("Updated at ", await Text(page, "#update-status"), StringComparison.Ordinal);
            output.WriteLine($"grade before: {gradeBefore}\ngrade after: {await Text(page, "#grade")}");
            await Screenshot(page, "after-edit");
        }
        finally
        {
            await File.WriteAllTextAsync(path, original, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_content_error_shows_the_located_diagnostic_and_keeps_the_last_good_preview()
    {
        var path = server.Workspace.ArticlePath(Workspace.Broken);
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await using var page = await Open("/article/" + Workspace.Broken, width: 1000);
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('iframe.handout').length"));
        await page.EvaluateExpressionAsync("window.__notReloaded = 7");
        try
        {
            // A template that does not exist: an error on line 5 of the file.
            await File.WriteAllTextAsync(path, original.Replace("templates: [patient-web]", "templates: [patient-web, no-such-template]", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            await WaitFor(page, "document.querySelector('.problems-error') !== null", "the error");
            var problem = await Text(page, ".problems");
            output.WriteLine(problem);
            Assert.Matches(@"broken\.md:5:\d+ NK\d+: .*no-such-template", problem);
            Assert.Contains("How to fix:", problem, StringComparison.Ordinal);
            Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#L5.row-error').length"));
            Assert.Contains("no-such-template", await Text(page, "#L5"), StringComparison.Ordinal);
            Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('iframe.handout').length")); // last good preview
            Assert.Equal(7, await page.EvaluateExpressionAsync<int>("window.__notReloaded"));
            await Screenshot(page, "error");

            await File.WriteAllTextAsync(path, original, TestContext.Current.CancellationToken);
            await WaitFor(page, "document.querySelector('.problems-error') === null", "the error cleared after the fix");
        }
        finally
        {
            await File.WriteAllTextAsync(path, original, TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [InlineData("/", "index")]
    [InlineData("/article/leaflet", "article-a11y")]
    [InlineData("/article/leaflet?output=leaflet.patient-web.html", "article-web")]
    public async Task Pages_have_no_WCAG_22_AA_violations(string path, string name)
    {
        await using var page = await Open(path);
        var result = await Axe.Run(page, Axe.Wcag22AA);
        output.WriteLine($"axe {result.Version} on {path}: {result.Passes} rules passed, {result.Violations.Count} violated");
        foreach (var i in result.Incomplete)
        {
            output.WriteLine("needs review: " + i);
        }

        Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations));
        if (name == "index")
        {
            await Screenshot(page, name);
        }
    }

    [Fact]
    public async Task The_web_handout_shows_in_its_sandboxed_frame()
    {
        await using var page = await Open($"/article/{Workspace.Leaflet}?output={Workspace.Leaflet}.patient-web.html");
        await WaitFor(page, "document.querySelector('iframe.handout') !== null", "the frame");
        var deadline = DateTime.UtcNow + Patience;
        string? title = null;
        while (title is not { Length: > 0 } && DateTime.UtcNow < deadline)
        {
            var frame = page.Frames.FirstOrDefault(f => f != page.MainFrame && f.Url.Contains("/out/", StringComparison.Ordinal));
            try
            {
                title = frame is null ? null : await frame.EvaluateExpressionAsync<string>("document.querySelector('h1') ? document.querySelector('h1').innerText : ''");
            }
            catch (PuppeteerException)
            {
                // A live update (other tests edit files meanwhile) replaced the frame while it was read: read the new one.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal("NK Cell Therapy: 3 Myths and the Facts", title);
        await Screenshot(page, "web-handout");
    }

    [Fact]
    public async Task Keyboard_reaches_the_skip_link_first_and_the_page_has_landmarks_and_one_h1()
    {
        await using var page = await Open("/article/" + Workspace.Leaflet);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the content", await page.EvaluateExpressionAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('h1').length"));
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('header.banner, main, footer').length - 2"));
        Assert.Equal("polite", await page.EvaluateExpressionAsync<string>("document.getElementById('update-status').getAttribute('aria-live')"));
    }
}
