using System.Buffers.Binary;
using System.Text;
using NkHandouts.Content;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using UglyToad.PdfPig;

namespace NkHandouts.Html.Tests;

/// <summary>
/// The pages in a real browser (Debian's chromium): phone and desktop screenshots without sideways scrolling,
/// axe-core with the WCAG 2.2 AA rules, reading order, keyboard access to the skip link, no network, and the print
/// preview on A4 read back with PdfPig.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public static readonly TheoryData<int> Widths = [390, 1280];

    private static string PatientHtml() => Pages.Render(Pages.PatientArticle());

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Screenshots_fit_the_width_without_sideways_scrolling(int width)
    {
        using var synthetic = new SyntheticArticle();
        foreach (var (name, html) in new[] { ("patient", PatientHtml()), ("every-block", Pages.Render(synthetic.Article)) })
        {
            var page = await browser.Open($"{name}-{width}", html, width);
            await using var _ = page;
            var (scroll, client) = await Dimensions(page);
            Assert.True(scroll <= client, $"{name} at {width} px scrolls sideways: content is {scroll} px wide");

            var path = Path.Combine(browser.Screenshots, $"{name}-{width}.png");
            await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
            var png = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.True(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) > 1000, "a full-page screenshot is taller than one screen");
            output.WriteLine($"screenshot: {path}");

            var bodySize = await page.EvaluateExpressionAsync<double>("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)");
            Assert.True(bodySize >= 16, $"body text is {bodySize} px; 16 px is the least for reading on a phone");
        }
    }

    [Fact]
    public async Task Reflows_at_320_css_px_and_with_wider_text_spacing()
    {
        // WCAG 1.4.10 (content at 320 CSS px, i.e. 1280 px at 400 % zoom) and 1.4.12 (the text-spacing overrides
        // a reader may apply: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em).
        using var synthetic = new SyntheticArticle();
        foreach (var (name, html) in new[] { ("patient", PatientHtml()), ("every-block", Pages.Render(synthetic.Article)) })
        {
            var page = await browser.Open($"reflow-{name}", html, 320);
            await using var _ = page;
            var (scroll, client) = await Dimensions(page);
            Assert.True(scroll <= client, $"{name} at 320 px scrolls sideways: content is {scroll} px wide");
            await page.AddStyleTagAsync(new AddTagOptions
            {
                Content = "*{line-height:1.5 !important;letter-spacing:0.12em !important;word-spacing:0.16em !important}p{margin-bottom:2em !important}",
            });
            (scroll, client) = await Dimensions(page);
            Assert.True(scroll <= client, $"{name} with wider text spacing scrolls sideways at 320 px: {scroll} px");
            var clipped = await page.EvaluateExpressionAsync<int>(
                "[...document.querySelectorAll('main *, header *, footer *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden' && !e.classList.contains('visually-hidden')).length");
            Assert.Equal(0, clipped);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Axe_finds_no_WCAG_2_2_AA_violation(int width)
    {
        using var synthetic = new SyntheticArticle();
        foreach (var (name, html) in new[] { ("patient", PatientHtml()), ("every-block", Pages.Render(synthetic.Article)) })
        {
            var page = await browser.Open($"axe-{name}-{width}", html, width);
            await using var _ = page;
            var result = await Axe.Run(page, Axe.Wcag22AA);
            var line = $"axe-core {result.Version}, {name} at {width} px, tags {string.Join(",", Axe.Wcag22AA)}: {result.Passes} rules passed, {result.Violations.Count} violated, needs review: [{string.Join(", ", result.Incomplete)}]";
            output.WriteLine(line);
            await File.AppendAllTextAsync(Path.Combine(browser.Screenshots, "axe-summary.txt"), line + "\n", TestContext.Current.CancellationToken);
            Assert.True(result.Violations.Count == 0, string.Join("\n", result.Violations));
            Assert.True(result.Passes >= 10, "axe ran its rules");
            Assert.True(result.Incomplete.Count == 0, "axe could not decide (a person would have to check):\n" + string.Join("\n", result.Incomplete));

            var practice = await Axe.Run(page, "best-practice");
            await File.AppendAllTextAsync(Path.Combine(browser.Screenshots, "axe-summary.txt"), $"axe-core {practice.Version}, {name} at {width} px, best-practice: {practice.Passes} rules passed, {practice.Violations.Count} violated, needs review: [{string.Join(", ", practice.Incomplete)}]\n", TestContext.Current.CancellationToken);
            Assert.True(practice.Violations.Count == 0, "best practice:\n" + string.Join("\n", practice.Violations));
        }
    }

    [Fact]
    public async Task Axe_reports_violations_on_a_page_that_has_them()
    {
        // The check above can fail: the same run finds the faults planted here.
        const string bad = "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1>"
            + "<img src=\"data:image/png;base64,iVBORw0KGgo=\"><p style=\"color:#aaa;background:#fff\">pale text</p>"
            + "<h4>skipped</h4><a href=\"#\"></a></main></body></html>";
        var page = await browser.Open("axe-bad", bad, 1280);
        await using var _ = page;
        var result = await Axe.Run(page, Axe.Wcag22AA);
        var ids = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("color-contrast", ids);
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("link-name", ids);
    }

    [Fact]
    public async Task Text_order_in_the_page_is_the_source_order()
    {
        using var synthetic = new SyntheticArticle();
        foreach (var article in new[] { Pages.PatientArticle(), synthetic.Article })
        {
            var page = await browser.Open("order-" + article.Slug, Pages.Render(article, null, new Html.HtmlOptions()), 390);
            await using var _ = page;

            // What the page adds (contents list, callout labels, note numbers and back links) is hidden; the rest of
            // main, as the browser lays it out (innerText), must be the article's text in the source's order.
            var shown = await page.EvaluateExpressionAsync<string>("""
                (() => {
                  document.querySelectorAll('main nav, main .callout-label, main sup, main .fnback, main .footnotes > h2')
                    .forEach(e => e.style.display = 'none');
                  return document.querySelector('main').innerText;
                })()
                """);
            var expected = SourceText(article);
            Assert.Equal(NoSpace(expected), NoSpace(shown));
        }
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_shows_when_focused_and_moves_focus_to_main()
    {
        var page = await browser.Open("keyboard", PatientHtml(), 390);
        await using var _ = page;
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateExpressionAsync<string>("document.activeElement.className"));
        var top = await page.EvaluateExpressionAsync<double>("document.activeElement.getBoundingClientRect().top");
        Assert.InRange(top, 0, 100);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateExpressionAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_page_requests_nothing_but_itself()
    {
        using var synthetic = new SyntheticArticle();
        var requests = new List<string>();
        var page = await browser.Browser.NewPageAsync();
        await using var _ = page;
        page.Request += (_, e) => { lock (requests) { requests.Add(e.Request.Url); } };
        var path = browser.Dir.File("network.html", Pages.Render(synthetic.Article));
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Networkidle0);
        Assert.All(requests, url => Assert.True(url == new Uri(path).AbsoluteUri || url.StartsWith("data:", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task Print_preview_fits_A4()
    {
        var page = await browser.Open("print", PatientHtml(), 1280);
        await using var _ = page;
        await page.EmulateMediaTypeAsync(MediaType.Print);
        await page.SetViewportAsync(new ViewPortOptions { Width = 658, Height = 1000 }); // A4 less 18 mm margins, at 96 px/in
        var (scroll, client) = await Dimensions(page);
        Assert.True(scroll <= client, $"printed content is {scroll} px wide on a {client} px A4 text column");
        Assert.True(await page.EvaluateExpressionAsync<bool>("getComputedStyle(document.querySelector('nav.contents')).display === 'none'"));

        var pdfPath = Path.Combine(browser.Screenshots, "patient-print-a4.pdf");
        await page.PdfAsync(pdfPath, new PdfOptions { Format = PaperFormat.A4, PrintBackground = true, PreferCSSPageSize = false });
        using var pdf = PdfDocument.Open(pdfPath);
        Assert.InRange(pdf.NumberOfPages, 2, 6);
        var text = new StringBuilder();
        foreach (var p in pdf.GetPages())
        {
            Assert.Equal(595.28, p.Width, 1.5); // A4 is 210 × 297 mm = 595.28 × 841.89 pt; Chromium rounds to its paper table
            Assert.Equal(841.89, p.Height, 1.5);
            foreach (var letter in p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= 0 && box.Right <= p.Width + 0.5 && box.Bottom >= -0.5 && box.Top <= p.Height + 0.5,
                    $"'{letter.Value}' on page {p.Number} lies outside the A4 sheet at {box}");
            }

            text.Append(p.Text);
        }

        var all = NoSpace(text.ToString());
        Assert.Contains(NoSpace("NK Cell Therapy: 3 Myths and the Facts"), all);
        Assert.Contains(NoSpace("Talk to them about your own treatment."), all);
        Assert.Contains("https://www.example.org/handouts/nk-cell-therapy-myths", all, StringComparison.Ordinal);
        output.WriteLine($"print preview: {pdfPath}, {pdf.NumberOfPages} A4 pages");
    }

    private static async Task<(int Scroll, int Client)> Dimensions(IPage page)
    {
        var scroll = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        var client = await page.EvaluateExpressionAsync<int>("document.documentElement.clientWidth");
        return (scroll, client);
    }

    private static string NoSpace(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>The article's text in source order, from the model (not from the page): title, subtitle, summary,
    /// every block's text, then the footnotes.</summary>
    internal static string SourceText(Article article)
    {
        var sb = new StringBuilder();
        var m = article.Metadata;
        sb.Append(m.Title).Append(' ').Append(m.Subtitle).Append(' ').Append(m.Summary).Append(' ');
        Collect(sb, article.Blocks);
        foreach (var note in article.Footnotes)
        {
            Collect(sb, note.Blocks);
        }

        return sb.ToString();
    }

    private static void Collect(StringBuilder sb, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h: sb.Append(h.PlainText).Append(' '); break;
                case ParagraphBlock p: sb.Append(p.PlainText).Append(' '); break;
                case ListBlock l: Collect(sb, l.Items); break;
                case ListItemBlock i: Collect(sb, i.Blocks); break;
                case QuoteBlock q: Collect(sb, q.Blocks); break;
                case CalloutBlock c: Collect(sb, c.Blocks); break;
                case TableBlock t:
                    foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                    {
                        sb.Append(cell.PlainText).Append(' ');
                    }

                    break;
                case ImageBlock i: sb.Append(i.Title).Append(' '); break;
                case ThematicBreakBlock: break;
                default: throw new NotSupportedException(block.GetType().Name);
            }
        }
    }
}
