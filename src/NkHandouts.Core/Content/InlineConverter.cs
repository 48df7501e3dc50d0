using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using NkHandouts.Diagnostics;
using NkHandouts.Text;
using MdInlines = Markdig.Syntax.Inlines;

namespace NkHandouts.Content;

/// <summary>Turns Markdig inlines into the project's inline model; drops raw HTML and unsafe link schemes.</summary>
internal sealed class InlineConverter
{

    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;

    public InlineConverter(string path, DiagnosticBag diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<Inline> Convert(MdInlines.ContainerInline? container)
    {
        if (container is null)
        {
            return [];
        }

        var result = new List<Inline>();
        AppendChildren(container, result);
        Merge(result);
        var before = '\0';
        return Educate(result, ref before);
    }

    /// <summary>Typographic quotes across the whole run of inlines, in reading order, so a quote that follows bold
    /// text or a link still closes. Code keeps its straight quotes.</summary>
    private static List<Inline> Educate(IReadOnlyList<Inline> inlines, ref char before)
    {
        var list = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    var text = SmartQuotes.Apply(t.Text, before);
                    before = SmartQuotes.Last(text, before);
                    list.Add(new TextInline(text));
                    break;
                case EmphasisInline e:
                    list.Add(new EmphasisInline(Educate(e.Children, ref before)));
                    break;
                case StrongInline s:
                    list.Add(new StrongInline(Educate(s.Children, ref before)));
                    break;
                case LinkInline l:
                    list.Add(l with { Children = Educate(l.Children, ref before) });
                    break;
                case CodeInline c:
                    before = SmartQuotes.Last(c.Code, before);
                    list.Add(c);
                    break;
                default:
                    before = ' ';
                    list.Add(inline);
                    break;
            }
        }

        return list;
    }

    /// <summary>The image of a paragraph that holds nothing but one image, else null.</summary>
    public static MdInlines.LinkInline? LoneImage(MdInlines.ContainerInline? container)
    {
        MdInlines.LinkInline? image = null;
        for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case MdInlines.LinkInline { IsImage: true } l when image is null:
                    image = l;
                    break;
                case MdInlines.LiteralInline lit when lit.Content.IsEmptyOrWhitespace():
                case MdInlines.LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image;
    }

    private void AppendChildren(MdInlines.ContainerInline container, List<Inline> into)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(child, into);
        }
    }

    private List<Inline> Children(MdInlines.ContainerInline container)
    {
        var list = new List<Inline>();
        AppendChildren(container, list);
        Merge(list);
        return list;
    }

    private void Append(MdInlines.Inline inline, List<Inline> into)
    {
        switch (inline)
        {
            case MdInlines.LiteralInline literal:
                into.Add(new TextInline(literal.Content.ToString()));
                break;
            case MdInlines.HtmlEntityInline entity:
                into.Add(new TextInline(entity.Transcoded.ToString()));
                break;
            case MdInlines.CodeInline code:
                into.Add(new CodeInline(code.Content));
                break;
            case MdInlines.LineBreakInline br:
                into.Add(br.IsHard ? new LineBreakInline() : new TextInline(" "));
                break;
            case MdInlines.EmphasisInline em when em.DelimiterChar is '*' or '_':
                var children = Children(em);
                into.Add(em.DelimiterCount >= 2 ? new StrongInline(children) : new EmphasisInline(children));
                break;
            case MdInlines.AutolinkInline auto:
                var autoUrl = auto.IsEmail && !auto.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + auto.Url : auto.Url;
                AddLink(inline, autoUrl, [new TextInline(auto.Url)], null, into);
                break;
            case MdInlines.LinkInline { IsImage: true } img:
                _diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, At(img), "an image inside text is shown as its alt text", "put the image in a paragraph of its own");
                into.AddRange(Children(img));
                break;
            case MdInlines.LinkInline link:
                AddLink(inline, link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", Children(link), link.Title, into);
                break;
            case FootnoteLink { IsBackLink: false } fn:
                into.Add(new FootnoteReferenceInline(fn.Footnote.Order));
                break;
            case FootnoteLink:
                break;
            case MdInlines.HtmlInline html:
                if (!html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                {
                    _diagnostics.Warning(DiagnosticCodes.RawHtml, At(html), $"raw HTML '{html.Tag}' is not passed through; it was left out", "write it as Markdown");
                }

                break;
            case MdInlines.ContainerInline other:
                // Strikethrough, inserted, marked, custom inline containers: keep their text.
                AppendChildren(other, into);
                break;
            default:
                break;
        }
    }

    private void AddLink(MdInlines.Inline inline, string url, IReadOnlyList<Inline> children, string? title, List<Inline> into)
    {
        if (LinkAddress.Refusal(url) is not { } why)
        {
            into.Add(new LinkInline(url, children, string.IsNullOrEmpty(title) ? null : title));
            return;
        }

        _diagnostics.Warning(DiagnosticCodes.UnsafeLink, At(inline), $"link to '{Shorten(url)}' was dropped ({why}); its text is kept", "use an http, https, mailto or tel address");
        into.AddRange(children);
    }

    private SourceLocation At(MdInlines.Inline inline) => new(_path, inline.Line + 1, inline.Column + 1);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>Joins adjacent text runs, which Markdig splits at every delimiter it considered.</summary>
    private static void Merge(List<Inline> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            if (list[i] is TextInline b && list[i - 1] is TextInline a)
            {
                list[i - 1] = new TextInline(a.Text + b.Text);
                list.RemoveAt(i);
            }
        }

        // Trim the edges so paragraphs never start or end with stray spaces.
        if (list.Count > 0 && list[0] is TextInline first)
        {
            list[0] = new TextInline(first.Text.TrimStart());
        }

        if (list.Count > 0 && list[^1] is TextInline last)
        {
            list[^1] = new TextInline(last.Text.TrimEnd());
        }

        list.RemoveAll(i => i is TextInline { Text.Length: 0 });
    }
}
