using System.Globalization;
using System.Text;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Rendering;
using NkHandouts.Templates;

namespace NkHandouts.Html;

/// <summary>
/// Writes one article as one self-contained HTML5 page: inline stylesheet, images as data URIs, no script.
/// Order: skip link; banner (logo, clinic, tagline); main (title, subtitle, summary, contents list, the article's
/// blocks in source order, template questions and disclaimer when the article has none, notes); footer (contact,
/// version and dates, source, online address). Output is UTF-8 without BOM with \n line ends; nothing in it comes
/// from the clock or the machine.
/// </summary>
internal sealed class HtmlPage(Article article, Template template, HtmlOptions options, RenderSettings settings, DiagnosticBag diagnostics)
{
    private const string MainId = "main";
    private const string ContentsId = "contents-title";
    private const string NotesId = "notes-title";

    public byte[] Write()
    {
        var m = article.Metadata;
        var footnotes = article.Footnotes.Select(f => f.Number).ToHashSet();
        var outline = new Outline([MainId, ContentsId, NotesId, "title", .. footnotes.SelectMany(n => new[] { InlineWriter.NoteId(n), InlineWriter.ReferenceId(n) })]);
        var inlines = new InlineWriter(footnotes, diagnostics, article.Location);
        var images = new HtmlImages(template.Limits, diagnostics);
        var body = new BodyWriter(outline, inlines, images);

        var content = new Markup();
        body.Blocks(content, article.Blocks);
        TemplateQuestions(content, body);
        TemplateDisclaimer(content, body);
        Notes(content, body);

        var page = new Markup();
        page.Line("<!DOCTYPE html>");
        page.Open("html", ("lang", m.Language), ("dir", Direction(m.Language))).Line();
        Head(page);
        page.Line("<body>");
        page.Open("a", ("class", "skip-link"), ("href", "#" + MainId)).Text(HtmlStrings.SkipLink).Close("a").Line();
        if (settings.DraftMark is { } draft)
        {
            // Before everything a reader sees or hears; fixed in print, so it repeats on every printed page.
            page.Element("p", draft, ("class", "draft-mark"), ("role", "note")).Line();
        }

        Banner(page, images);
        page.Open("main", ("id", MainId), ("tabindex", "-1")).Line();
        page.Line("<header class=\"article-header\">");
        page.Element("h1", m.Title, ("id", "title")).Line();
        if (m.Subtitle is { Length: > 0 } subtitle)
        {
            page.Element("p", subtitle, ("class", "subtitle")).Line();
        }

        if (m.Summary is { Length: > 0 } summary)
        {
            page.Element("p", summary, ("class", "summary")).Line();
        }

        page.Line("</header>");
        Contents(page, body.Sections);
        page.Raw(content.ToString());
        page.Line("</main>");
        Footer(page);
        page.Line("</body>");
        page.Line("</html>");
        return new UTF8Encoding(false).GetBytes(page.ToString());
    }

    private void Head(Markup page)
    {
        var m = article.Metadata;
        page.Line("<head>");
        page.Line("<meta charset=\"utf-8\">");
        page.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        var title = template.Brand.ClinicName is { Length: > 0 } clinic ? m.Title + " \u2013 " + clinic : m.Title;
        page.Element("title", title).Line();
        Meta(page, "description", m.Summary ?? m.Subtitle);
        Meta(page, "author", m.Author ?? template.Brand.ClinicName);
        Meta(page, "keywords", m.Keywords.Count > 0 ? string.Join(", ", m.Keywords) : null);
        Meta(page, "generator", "NkHandouts " + settings.ToolVersion + " (" + template.Name + ")");
        Meta(page, "status", settings.DraftMark);
        if (m.Url is { } url && SafeUrl.IsAllowed(url) && url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            page.Open("link", ("rel", "canonical"), ("href", url)).Line();
        }

        page.Open("style").Raw(Stylesheet.For(template)).Close("style").Line();
        page.Line("</head>");
    }

    private static void Meta(Markup page, string name, string? content)
    {
        if (!string.IsNullOrWhiteSpace(content))
        {
            page.Open("meta", ("name", name), ("content", content)).Line();
        }
    }

    private void Banner(Markup page, HtmlImages images)
    {
        var brand = template.Brand;
        page.Line("<header class=\"site-header\">");
        page.Line("<div class=\"inner\">");
        if (brand.Logo is { } logo && images.Read(logo, SourceLocation.FileOnly(template.FilePath)) is { } data)
        {
            // Beside the clinic's name the logo says nothing more, so it is decorative (empty alt); alone, it is named.
            var alt = brand.ClinicName is { Length: > 0 } ? "" : HtmlStrings.ClinicLogo;
            page.Open("img", ("src", data.DataUri), ("alt", alt), ("width", "56"), ("height", "56")).Line();
        }

        page.Line("<div>");
        if (brand.ClinicName is { Length: > 0 } name)
        {
            page.Element("p", name, ("class", "clinic")).Line();
        }

        page.Element("p", options.Tagline ?? HtmlStrings.Tagline(article.Metadata.Audience), ("class", "tagline")).Line();
        page.Line("</div>");
        page.Line("</div>");
        page.Line("</header>");
    }

    /// <summary>"On this page": a list of the level-2 sections, when there are at least three.</summary>
    private void Contents(Markup page, IReadOnlyList<(string Id, string Text)> sections)
    {
        if (!options.Contents || sections.Count < 3)
        {
            return;
        }

        page.Open("nav", ("class", "contents"), ("aria-labelledby", ContentsId)).Line();
        page.Element("h2", HtmlStrings.Contents, ("id", ContentsId)).Line();
        page.Line("<ol>");
        foreach (var (id, text) in sections)
        {
            page.Raw("<li>").Element("a", text, ("href", "#" + id)).Line("</li>");
        }

        page.Line("</ol>");
        page.Line("</nav>");
    }

    private bool Has(CalloutKind kind) => article.Blocks.OfType<CalloutBlock>().Any(c => c.Kind == kind);

    private void TemplateQuestions(Markup content, BodyWriter body)
    {
        if (!options.Questions || options.DefaultQuestions.Count == 0 || Has(CalloutKind.Questions))
        {
            return;
        }

        body.Callout(content, CalloutKind.Questions, null, () =>
        {
            content.Line("<ul>");
            foreach (var q in options.DefaultQuestions)
            {
                content.Element("li", q).Line();
            }

            content.Line("</ul>");
            if (template.Brand.Contact is { Length: > 0 } contact)
            {
                content.Element("p", contact).Line();
            }
        });
    }

    private void TemplateDisclaimer(Markup content, BodyWriter body)
    {
        if (options.Disclaimer is { Length: > 0 } disclaimer && !Has(CalloutKind.Disclaimer))
        {
            body.Callout(content, CalloutKind.Disclaimer, null, () => content.Element("p", disclaimer).Line());
        }
    }

    /// <summary>Footnotes, numbered as referenced, each with a link back to its first reference.</summary>
    private void Notes(Markup content, BodyWriter body)
    {
        if (article.Footnotes.Count == 0)
        {
            return;
        }

        content.Open("section", ("class", "footnotes"), ("aria-labelledby", NotesId)).Line();
        content.Element("h2", HtmlStrings.Notes, ("id", NotesId)).Line();
        content.Line("<ol>");
        foreach (var note in article.Footnotes.OrderBy(f => f.Number))
        {
            var n = note.Number.ToString(CultureInfo.InvariantCulture);
            content.Open("li", ("id", InlineWriter.NoteId(note.Number)), ("value", n)).Line();
            body.Blocks(content, note.Blocks);
            // Words, not an arrow glyph: the link's name contains what is seen (speech input), and no font is needed.
            content.Open("p").Open("a", ("href", "#" + InlineWriter.ReferenceId(note.Number)), ("class", "fnback"))
                .Text(HtmlStrings.BackToText)
                .Element("span", HtmlStrings.ForNote + n, ("class", "visually-hidden")).Close("a").Line("</p>");
            content.Line("</li>");
        }

        content.Line("</ol>");
        content.Line("</section>");
    }

    private void Footer(Markup page)
    {
        var m = article.Metadata;
        var brand = template.Brand;
        page.Line("<footer class=\"site-footer\">");
        page.Line("<div class=\"inner\">");
        if (brand.ClinicName is { Length: > 0 } clinic)
        {
            page.Open("p").Open("strong").Text(clinic).Close("strong").Line("</p>");
        }

        if (brand.Contact is { Length: > 0 } contact)
        {
            page.Element("p", contact).Line();
        }

        var parts = new List<(string Label, string Text, string? Iso)>();
        if (m.Version is { Length: > 0 } version)
        {
            parts.Add((HtmlStrings.Version, version, null));
        }

        if (m.Date is { } date)
        {
            parts.Add((HtmlStrings.Published, Iso(date), Iso(date)));
        }

        if (m.ReviewBy is { } review)
        {
            parts.Add((HtmlStrings.ReviewBy, Iso(review), Iso(review)));
        }

        if (parts.Count > 0)
        {
            page.Open("p");
            for (var i = 0; i < parts.Count; i++)
            {
                page.Text((i > 0 ? " \u00B7 " : "") + parts[i].Label);
                if (parts[i].Iso is { } iso)
                {
                    page.Element("time", parts[i].Text, ("datetime", iso));
                }
                else
                {
                    page.Text(parts[i].Text);
                }
            }

            page.Line("</p>");
        }

        if (SourceLine() is { } source)
        {
            page.Element("p", source).Line();
        }

        if (m.Url is { } url && SafeUrl.IsAllowed(url))
        {
            page.Open("p").Text(HtmlStrings.Online).Element("a", url, ("href", url), ("class", "bare")).Line("</p>");
        }

        page.Line("</div>");
        page.Line("</footer>");
    }

    private string? SourceLine()
    {
        if (article.Metadata.Source is not { } s)
        {
            return null;
        }

        var parts = new List<string>();
        if (s.Title is not null)
        {
            parts.Add("\u201C" + s.Title + "\u201D");
        }

        if (s.Author is not null)
        {
            parts.Add("by " + s.Author);
        }

        if (s.Publisher is not null)
        {
            parts.Add(s.Publisher);
        }

        if (s.Published is { } p)
        {
            parts.Add(Iso(p));
        }

        return parts.Count == 0 && s.Note is null ? null : HtmlStrings.Source + string.Join(", ", parts) + "." + (s.Note is null ? "" : " " + s.Note);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Right-to-left for Arabic, Hebrew, Persian and Urdu script languages; left-to-right otherwise.</summary>
    private static string Direction(string language)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        return primary is "ar" or "he" or "fa" or "ur" or "yi" or "ps" ? "rtl" : "ltr";
    }
}
