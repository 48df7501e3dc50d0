using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Html;

/// <summary>Writes inlines: emphasis, strong, code, line breaks, links (only safe targets become hrefs) and
/// footnote references that link to their note and back.</summary>
internal sealed class InlineWriter(IReadOnlySet<int> footnotes, DiagnosticBag diagnostics, SourceLocation articleLocation)
{
    private readonly Dictionary<int, int> _referenceCount = [];

    /// <summary>The id of the first reference to each footnote, for its back link.</summary>
    public static string ReferenceId(int number, int occurrence = 1) =>
        "fnref-" + number.ToString(CultureInfo.InvariantCulture) + (occurrence > 1 ? "-" + occurrence.ToString(CultureInfo.InvariantCulture) : "");

    public static string NoteId(int number) => "fn-" + number.ToString(CultureInfo.InvariantCulture);

    public void Write(Markup m, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    m.Text(t.Text);
                    break;
                case EmphasisInline e:
                    m.Open("em");
                    Write(m, e.Children);
                    m.Close("em");
                    break;
                case StrongInline s:
                    m.Open("strong");
                    Write(m, s.Children);
                    m.Close("strong");
                    break;
                case CodeInline c:
                    m.Element("code", c.Code);
                    break;
                case LineBreakInline:
                    m.Raw("<br>");
                    break;
                case LinkInline l:
                    Link(m, l);
                    break;
                case FootnoteReferenceInline f:
                    Reference(m, f.Number);
                    break;
                default:
                    throw new NotSupportedException($"the HTML handout has no rendering for the inline {inline.GetType().Name}");
            }
        }
    }

    private void Link(Markup m, LinkInline link)
    {
        if (!SafeUrl.IsAllowed(link.Url))
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeLink, articleLocation, $"link target '{link.Url}' is not http, https, mailto or tel; its text is kept without the link",
                "link to a web page, an email address (mailto:) or a phone number (tel:)");
            Write(m, link.Children);
            return;
        }

        var bare = InlineText.Of(link.Children).Trim() == link.Url ? "bare" : null;
        m.Open("a", ("href", link.Url), ("class", bare), ("title", string.IsNullOrWhiteSpace(link.Title) ? null : link.Title));
        Write(m, link.Children);
        m.Close("a");
    }

    private void Reference(Markup m, int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        if (!footnotes.Contains(number))
        {
            m.Element("sup", n);
            return;
        }

        var occurrence = _referenceCount[number] = _referenceCount.GetValueOrDefault(number) + 1;
        m.Raw("<sup>").Open("a", ("href", "#" + NoteId(number)), ("id", ReferenceId(number, occurrence)), ("class", "fnref"), ("aria-label", HtmlStrings.NoteReference + n))
            .Text(n).Close("a").Raw("</sup>");
    }
}
