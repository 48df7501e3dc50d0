using AngleSharp.Dom;
using NkHandouts.Content;

namespace NkHandouts.Html.Tests;

/// <summary>The page's semantics, read back by an HTML5 parser: document head, landmarks, one h1, heading order,
/// labelled myth/fact sections, lists, tables, figures, footnotes.</summary>
public sealed class StructureTests : IClassFixture<StructureTests.Articles>
{
    public sealed class Articles : IDisposable
    {
        public SyntheticArticle Synthetic { get; } = new();
        public IDocument Patient { get; } = Pages.Parse(Pages.Render(Pages.PatientArticle()));
        public IDocument Every { get; }

        public Articles() => Every = Pages.Parse(Pages.Render(Synthetic.Article));

        public void Dispose() => Synthetic.Dispose();
    }

    private readonly Articles _a;

    public StructureTests(Articles a) => _a = a;

    [Fact]
    public void Head_has_language_charset_viewport_title_and_description()
    {
        var d = _a.Patient;
        Assert.Equal("html", d.Doctype?.Name);
        Assert.Equal("en-US", d.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", d.DocumentElement.GetAttribute("dir"));
        Assert.Equal("utf-8", d.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Contains("width=device-width", d.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Equal("NK Cell Therapy: 3 Myths and the Facts \u2013 Riverside Cancer Care Clinic", d.Title);
        Assert.StartsWith("NK cell therapy is a kind of cancer treatment", d.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("https://www.example.org/handouts/nk-cell-therapy-myths", d.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void Exactly_one_h1_and_it_is_the_title()
    {
        var h1 = Assert.Single(_a.Patient.QuerySelectorAll("h1"));
        Assert.Equal("NK Cell Therapy: 3 Myths and the Facts", h1.TextContent);
        Assert.Single(_a.Every.QuerySelectorAll("h1"));
    }

    [Fact]
    public void Heading_levels_never_skip_going_down()
    {
        foreach (var d in new[] { _a.Patient, _a.Every })
        {
            var levels = d.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"h{levels[i - 1]} is followed by h{levels[i]}: {string.Join(",", levels)}");
            }
        }

        // ## then #### then ###: the #### becomes h3.
        var every = _a.Every.QuerySelectorAll("h2,h3,h4").Select(h => (h.LocalName, h.TextContent)).ToList();
        Assert.Contains(("h3", "Sub Heading Beta"), every);
        Assert.Contains(("h4", "Deep Heading Gamma"), every);
    }

    [Fact]
    public void A_skipped_level_and_a_body_h1_are_brought_into_order()
    {
        using var dir = new TempDir();
        var article = Pages.FromMarkdown(dir, "---\ntitle: T\nlanguage: en-US\naudience: patients\n---\n\n## A\n\n#### B\n\n# C\n\ntext\n");
        var d = Pages.Parse(Pages.Render(article));
        var headings = d.QuerySelectorAll("main h1, main > h2, main > h3, main > h4").Select(h => h.LocalName + ":" + h.TextContent).ToList();
        Assert.Equal(["h1:T", "h2:A", "h3:B", "h2:C"], headings);
    }

    [Fact]
    public void Landmarks_banner_main_contentinfo_and_a_skip_link_first()
    {
        var d = _a.Patient;
        var body = d.Body!;
        var skip = body.FirstElementChild!;
        Assert.Equal("a", skip.LocalName);
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.Equal("Skip to main content", skip.TextContent);
        var main = Assert.Single(d.QuerySelectorAll("main"));
        Assert.Equal("main", main.Id);
        var banner = Assert.Single(body.Children, c => c.LocalName == "header");
        Assert.Contains("Riverside Cancer Care Clinic", banner.TextContent);
        var footer = Assert.Single(body.Children, c => c.LocalName == "footer");
        Assert.Contains("Review by 2026-12-19", Pages.Squash(footer.TextContent));
        Assert.Equal("2026-12-19", footer.QuerySelectorAll("time").Last().GetAttribute("datetime"));
        Assert.Equal(["a", "header", "main", "footer"], body.Children.Select(c => c.LocalName));
    }

    [Fact]
    public void Myths_and_facts_are_sections_named_by_words_and_told_apart_without_colour()
    {
        var d = _a.Patient;
        var myths = d.QuerySelectorAll("section.callout-myth");
        var facts = d.QuerySelectorAll("section.callout-fact");
        Assert.Equal(3, myths.Length);
        Assert.Equal(3, facts.Length);
        var names = new List<string>();
        foreach (var section in d.QuerySelectorAll("section"))
        {
            var name = AccessibleName(d, section);
            Assert.False(string.IsNullOrWhiteSpace(name), "every section has a name");
            names.Add(name);
        }

        Assert.Equal(names.Count, names.Distinct().Count()); // each region is told apart in a landmarks list
        foreach (var (section, word) in myths.Select(m => (m, "Myth")).Concat(facts.Select(f => (f, "Fact"))))
        {
            var label = section.QuerySelector(".callout-label")!;
            Assert.Matches("^h[2-6]$", label.LocalName);
            Assert.Equal(word, Pages.Squash(label.TextContent));
            Assert.StartsWith(word + " ", AccessibleName(d, section));
            Assert.Equal("true", label.QuerySelector(".callout-icon")!.GetAttribute("aria-hidden"));
            Assert.NotNull(label.QuerySelector(".callout-icon svg"));
        }

        // Different marks, not only different colours: a cross path for the myth, a tick for the fact.
        Assert.NotEqual(myths[0].QuerySelector("svg path")!.GetAttribute("d"), facts[0].QuerySelector("svg path")!.GetAttribute("d"));
        Assert.Contains("Myth 1:", AccessibleName(d, myths[0]));
    }

    [Fact]
    public void A_titled_fact_keeps_the_word_fact()
    {
        var fact = _a.Every.QuerySelector("section.callout-fact .callout-label")!;
        Assert.Equal("Fact: The reality", Pages.Squash(fact.TextContent));
    }

    [Fact]
    public void Lists_keep_nesting_and_numbering()
    {
        var d = _a.Every;
        var nested = d.QuerySelector("main > ul > li > ul > li > ol > li");
        Assert.Equal("Deep numbered item", nested?.TextContent.Trim());
        var ol = d.QuerySelectorAll("main > ol").First();
        Assert.Equal("3", ol.GetAttribute("start"));
        Assert.Equal(2, ol.Children.Length);
        var loose = d.QuerySelectorAll("main > ul > li")[1];
        Assert.Equal("Second paragraph of item two.", loose.QuerySelector("p")?.TextContent);
    }

    [Fact]
    public void Tables_have_column_header_cells_with_scope()
    {
        var table = Assert.Single(_a.Every.QuerySelectorAll("table"));
        var th = table.QuerySelectorAll("thead th");
        Assert.Equal(["Drug", "Dose", "Notes"], th.Select(t => t.TextContent));
        Assert.All(th, t => Assert.Equal("col", t.GetAttribute("scope")));
        Assert.Equal(2, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("align-right", table.QuerySelectorAll("tbody td")[1].ClassName);
        Assert.Equal("bold", table.QuerySelector("tbody strong")?.TextContent);
    }

    [Fact]
    public void Figures_carry_alt_text_caption_and_the_image_as_a_data_uri()
    {
        var figure = Assert.Single(_a.Every.QuerySelectorAll("figure"));
        var img = figure.QuerySelector("img")!;
        Assert.Equal("A blue test square", img.GetAttribute("alt"));
        Assert.Equal("40", img.GetAttribute("width"));
        Assert.Equal("30", img.GetAttribute("height"));
        var src = img.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", src);
        Assert.Equal(TestImages.Png(40, 30), Convert.FromBase64String(src["data:image/png;base64,".Length..]));
        Assert.Equal("Figure 1: a blue square", figure.QuerySelector("figcaption")?.TextContent);
    }

    [Fact]
    public void Footnotes_link_both_ways_and_ids_are_unique()
    {
        var d = _a.Every;
        var refs = d.QuerySelectorAll("a.fnref");
        Assert.Equal(["#fn-1", "#fn-2", "#fn-1"], refs.Select(r => r.GetAttribute("href")));
        Assert.Equal(["fnref-1", "fnref-2", "fnref-1-2"], refs.Select(r => r.Id));
        Assert.Equal("Note 1", refs[0].GetAttribute("aria-label"));
        var notes = d.QuerySelectorAll("section.footnotes li");
        Assert.Equal(["fn-1", "fn-2"], notes.Select(n => n.Id));
        var back = notes[0].QuerySelector("a.fnback")!;
        Assert.Equal("#fnref-1", back.GetAttribute("href"));
        Assert.Equal("Back to the text for note 1", Pages.Squash(string.Concat(back.ChildNodes.Where(c => c is not IElement { LocalName: "span" } s || s.GetAttribute("aria-hidden") != "true").Select(c => c.TextContent))));
        foreach (var d2 in new[] { _a.Patient, _a.Every })
        {
            var ids = d2.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var a in d2.QuerySelectorAll("a[href^='#']"))
            {
                Assert.NotNull(d2.GetElementById(a.GetAttribute("href")![1..]));
            }

            foreach (var labelled in d2.QuerySelectorAll("[aria-labelledby]"))
            {
                Assert.All(labelled.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(d2.GetElementById(id)));
            }
        }
    }

    [Fact]
    public void Contents_list_links_every_level_two_section()
    {
        var nav = _a.Patient.QuerySelector("nav.contents")!;
        var links = nav.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Equal(_a.Patient.QuerySelectorAll("main > h2").Select(h => h.TextContent), links);
        Assert.Equal(4, links.Count);
    }

    [Fact]
    public void Links_keep_their_targets_and_bare_addresses_are_marked()
    {
        var d = _a.Every;
        var web = d.QuerySelectorAll("main a").First(a => a.TextContent == "web link");
        Assert.Equal("https://example.org/guide", web.GetAttribute("href"));
        Assert.Equal("Guide", web.GetAttribute("title"));
        Assert.Equal("mailto:clinic@example.org", d.QuerySelectorAll("main a").First(a => a.TextContent == "mail link").GetAttribute("href"));
        Assert.Equal("bare", d.QuerySelectorAll("main a").First(a => a.TextContent == "https://example.org/x").ClassName);
        Assert.Null(web.GetAttribute("target"));
    }

    [Fact]
    public void Template_questions_and_disclaimer_fill_in_when_the_article_has_none()
    {
        var questions = _a.Every.QuerySelector("section.callout-questions")!;
        Assert.Equal(["Could this treatment help me?", "Who can I call if I have questions after my visit?"], questions.QuerySelectorAll("li").Select(l => l.TextContent));
        Assert.Contains("555 0100", questions.TextContent);
        Assert.Contains("This page does not replace advice", _a.Every.QuerySelector("section.callout-disclaimer")!.TextContent);

        // The patient article has its own questions and disclaimer: the template's are not added.
        Assert.Single(_a.Patient.QuerySelectorAll("section.callout-questions"));
        Assert.DoesNotContain("Could this treatment help me?", _a.Patient.Body!.TextContent);
        Assert.Single(_a.Patient.QuerySelectorAll("section.callout-disclaimer"));
    }

    /// <summary>The accessible name as aria-labelledby (ids' texts joined by spaces) or aria-label gives it.</summary>
    internal static string AccessibleName(IDocument d, IElement e) =>
        e.GetAttribute("aria-labelledby") is { } ids
            ? string.Join(' ', ids.Split(' ').Select(id => Pages.Squash(d.GetElementById(id)!.TextContent)))
            : e.GetAttribute("aria-label") ?? "";
}
