using NkHandouts.Content;
using NkHandouts.Layout;

namespace NkHandouts.Leaflet.Parts;

/// <summary>Article inlines to styled text spans: bold, italic, links (underlined, not colour alone), line breaks.
/// Footnote markers are left out of leaflets, which carry no footnotes (the renderer warns, NK407).</summary>
internal static class InlineSpans
{
    public static List<TextSpan> Of(IReadOnlyList<Inline> inlines, TextStyle style, Rgb linkColour)
    {
        var spans = new List<TextSpan>();
        Append(spans, inlines, style, linkColour);
        return spans;
    }

    private static void Append(List<TextSpan> spans, IReadOnlyList<Inline> inlines, TextStyle style, Rgb linkColour)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    spans.Add(new TextSpan(t.Text, style));
                    break;
                case CodeInline c:
                    spans.Add(new TextSpan(c.Code, style));
                    break;
                case StrongInline s:
                    Append(spans, s.Children, style.Bold(), linkColour);
                    break;
                case EmphasisInline e:
                    Append(spans, e.Children, style.Italic(), linkColour);
                    break;
                case LinkInline l:
                    Append(spans, l.Children, style with { Link = l.Url, Underline = true, Colour = linkColour }, linkColour);
                    break;
                case LineBreakInline:
                    spans.Add(new TextSpan("\n", style));
                    break;
            }
        }
    }
}
