using System.Net;
using System.Text.RegularExpressions;

namespace NkHandouts.Serve.Tests;

/// <summary>The HTTP surface: pages, files, headers, and what must be refused.</summary>
public sealed partial class HttpTests(HttpFixture site) : IClassFixture<HttpFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, string Body)> Get(string url)
    {
        var response = await site.Client.GetAsync(url, Cancel);
        return (response, await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Index_lists_every_article_with_audience_templates_verdict_status_and_review_date()
    {
        var (response, html) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        foreach (var slug in new[] { Workspace.Leaflet, Workspace.Edit, Workspace.Broken, Workspace.Hostile })
        {
            Assert.Contains($"href=\"/article/{slug}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("NK Cell Therapy: 3 Myths and the Facts", html, StringComparison.Ordinal);
        Assert.Contains("<td>patients</td>", html, StringComparison.Ordinal);
        Assert.Contains("patient-leaflet: <span class=\"verdict verdict-", html, StringComparison.Ordinal);
        Assert.Matches(@"patient-web: <span class=""verdict verdict-(pass|warn|fail)"">", html);
        Assert.Contains("<time datetime=\"2026-12-19\">19 December 2026</time>", html, StringComparison.Ordinal);
        // The broken article is listed with its error, not left out.
        Assert.Matches(@"broken\.md</span></th>.*?1 error", Regex.Replace(html, @"\s+", " "));
    }

    [Fact]
    public async Task Article_page_marks_the_findings_in_the_text_and_shows_verdict_previews_and_downloads()
    {
        var (response, html) = await Get("/article/" + Workspace.Leaflet);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = site.Site.Current.Find(Workspace.Leaflet)!;
        var report = state.Reading!;
        Assert.Equal(6, state.HardAbove); // the patients policy's target grade

        // Every hardest sentence above the target grade gets its badge with its own grade; easier ones none.
        var hard = report.HardestSentences.Where(s => s.Grade > 6).ToList();
        Assert.NotEmpty(hard);
        Assert.Equal(hard.Count, Regex.Matches(html, "<span class=\"badge badge-hard\">").Count - 1); // one is in the legend
        foreach (var s in hard)
        {
            Assert.Contains("<span class=\"badge badge-hard\">hard · grade " + s.Grade.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "</span>", html, StringComparison.Ordinal);
        }

        Assert.Contains("class=\"m-hard", html, StringComparison.Ordinal);
        Assert.Contains("class=\"m-complex\"", html, StringComparison.Ordinal);
        // Glossary terms carry the plain wording as a tooltip and, for screen readers, in text.
        var term = report.Jargon[0];
        Assert.Contains($"title=\"Plain wording: {WebUtility.HtmlEncode(term.Plain)}\"", html, StringComparison.Ordinal);
        Assert.Contains("(plain wording: ", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"h-legend\">Legend</h3>", html, StringComparison.Ordinal);

        Assert.Contains($"Grade <strong>{report.Grade.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}</strong>", html, StringComparison.Ordinal);
        Assert.Matches(@"<strong>patient-leaflet</strong> \(patients policy\): <span class=""verdict verdict-(pass|warn|fail)"">", html);

        // Page previews of the leaflet, each a PNG the server hands out.
        var images = ImageSource().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(images);
        foreach (var src in images)
        {
            var png = await site.Client.GetAsync(src, Cancel);
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            var bytes = await png.Content.ReadAsByteArrayAsync(Cancel);
            Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), src + " is not a PNG");
        }

        // Switches to the other template and to the other page sizes.
        Assert.Contains("<nav aria-label=\"Templates\">", html, StringComparison.Ordinal);
        Assert.Contains($"?output={Workspace.Leaflet}.patient-web.html\">patient-web</a>", html, StringComparison.Ordinal);
        Assert.Contains($"?output={Workspace.Leaflet}.patient-leaflet.letter.pdf\"", html, StringComparison.Ordinal);

        // The download link gives the PDF itself, as an attachment.
        var pdf = await site.Client.GetAsync($"/out/{Workspace.Leaflet}.patient-leaflet.a4.pdf", Cancel);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync(Cancel))[..5]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_switch_shows_the_web_handout_sandboxed()
    {
        var (_, html) = await Get($"/article/{Workspace.Leaflet}?output={Workspace.Leaflet}.patient-web.html");
        Assert.Contains($"<iframe class=\"handout\" src=\"/out/{Workspace.Leaflet}.patient-web.html\"", html, StringComparison.Ordinal);
        Assert.Contains("sandbox=\"\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/article/leaflet?output=leaflet.patient-web.html\" aria-current=\"page\">patient-web</a>", html, StringComparison.Ordinal);

        var (handout, _) = await Get($"/out/{Workspace.Leaflet}.patient-web.html");
        Assert.Equal(HttpStatusCode.OK, handout.StatusCode);
        var csp = string.Join(";", handout.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal); // default-src 'none': no script at all
    }

    [Fact]
    public async Task A_content_error_is_shown_located_with_its_hint_and_its_line_marked()
    {
        var (response, html) = await Get("/article/" + Workspace.Broken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = site.Site.Current.Find(Workspace.Broken)!.Diagnostics.First(d => d.IsError);
        Assert.True(error.Location.Line > 0, "the error is located: " + error);
        Assert.Contains($"<a href=\"#L{error.Location.Line}\"><code>{WebUtility.HtmlEncode(error.Location.ToString())}</code></a> {error.Code}:", html, StringComparison.Ordinal);
        Assert.Contains("How to fix: ", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"row row-error\" id=\"L{error.Location.Line}\">", html, StringComparison.Ordinal);
        Assert.Contains("no-such-template", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_and_markup_in_an_article_come_out_as_text()
    {
        var (_, html) = await Get("/article/" + Workspace.Hostile);
        var (_, index) = await Get("/");
        foreach (var page in new[] { html, index })
        {
            // The only script element is the server's own file; nothing from the article is markup.
            Assert.Equal(["<script src=\"/assets/serve.js\" defer>"], ScriptTag().Matches(page).Select(m => m.Value));
            Assert.DoesNotContain("<img src=\"x\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" style=\"", page, StringComparison.Ordinal); // the CSP allows no inline style either
        }

        // Shown as text in the source view (split by the sentence marks, as the analyzer reads "alert('body')" as words).
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("alert(&#39;body&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=&quot;x&quot; onerror=&quot;alert(&#39;img&#39;)&quot;&gt;", html, StringComparison.Ordinal);
        // The title is shown as text in the source view (the index shows it too, or the file name if the loader refuses it).
        Assert.Contains("Tricky &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert('title')", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/article/leaflet")]
    [InlineData("/fragment/article/leaflet")]
    [InlineData("/fragment/index")]
    [InlineData("/assets/serve.js")]
    [InlineData("/no-such-page")]
    public async Task Every_response_forbids_inline_script_and_framing(string url)
    {
        var (response, _) = await Get(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/out/../../../../etc/passwd")]
    [InlineData("/out/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/out/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/out/%2fetc%2fpasswd")]
    [InlineData("/out//etc/passwd")]
    [InlineData("/out/manifest.json")]
    [InlineData("/out/")]
    [InlineData("/out/leaflet.patient-leaflet.a4.previews/")]
    [InlineData("/out/leaflet.patient-leaflet.a4.previews/..%2f..%2fcontent%2fleaflet.md")]
    [InlineData("/content/leaflet.md")]
    [InlineData("/templates/patient-web/template.yaml")]
    [InlineData("/article/..%2f..%2fetc%2fpasswd")]
    [InlineData("/assets/")]
    public async Task Paths_outside_the_built_files_and_folder_listings_are_not_found(string url)
    {
        var (response, body) = await Get(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("title: ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"jobs\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_loopback_host_names_are_answered_and_only_GET()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        var refused = await site.Client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var post = await site.Client.PostAsync("/article/leaflet", new StringContent("x"), Cancel);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Events_announce_the_current_version_at_once()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        using var response = await site.Client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var lines = new List<string>();
        while (lines.Count < 4 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(["retry: 1000", "event: update", "data: " + site.Site.Current.Version, ""], lines);
    }

    [Fact]
    public void Previews_are_built_in_a_temporary_folder_never_in_out()
    {
        Assert.StartsWith(Path.GetTempPath(), site.Site.WorkDir, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Site.WorkDir, "leaflet.patient-leaflet.a4.pdf")));
        Assert.False(Directory.Exists(Path.Combine(site.Workspace.Root, "out")));
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "out")) && Directory.GetFiles(Path.Combine(Environment.CurrentDirectory, "out"), "leaflet.*").Length > 0);
    }

    [Fact]
    public async Task The_article_page_marks_each_complex_word_where_the_analysis_counted_it_and_nowhere_else()
    {
        var (_, html) = await Get("/article/" + Workspace.Leaflet);
        var state = site.Site.Current.Find(Workspace.Leaflet)!;
        var lines = state.SourceText.Split('\n');

        // What the page marks, line by line: the text of every span with the complex-word class.
        var marked = SourceRow().Matches(html)
            .SelectMany(row => ComplexMark().Matches(row.Groups[2].Value)
                .Select(m => (Line: int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Word: WebUtility.HtmlDecode(m.Groups[1].Value).ToLowerInvariant())))
            .Order().ToList();

        // What the analysis counted: each occurrence at its line and column.
        var counted = state.Reading!.ComplexWords
            .SelectMany(w => w.Locations.Select(at => (at.Line, Word: lines[at.Line - 1].Substring(at.Column - 1, w.Word.Length).ToLowerInvariant())))
            .Order().ToList();
        Assert.Equal(state.Reading.ComplexWords.Sum(w => w.Occurrences), counted.Count);
        Assert.Equal(counted, marked);

        // The front matter: the title is read (and marked); the summary and keywords ("immunotherapy") are not.
        var frontMatterEnd = Array.IndexOf(lines, "---", 1) + 1;
        var title = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal)) + 1;
        Assert.Contains(marked, m => m.Line == title);
        Assert.DoesNotContain(marked, m => m.Line <= frontMatterEnd && m.Line != title);
        Assert.Contains("immunotherapy", lines[Array.FindIndex(lines, l => l.StartsWith("keywords:", StringComparison.Ordinal))], StringComparison.Ordinal);
    }

    [GeneratedRegex("<div class=\"row[^\"]*\" id=\"L(\\d+)\">(.*?)</span></div>")]
    private static partial Regex SourceRow();

    [GeneratedRegex("<span class=\"[^\"]*\\bm-complex\\b[^\"]*\"[^>]*>([^<]*)</span>")]
    private static partial Regex ComplexMark();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
