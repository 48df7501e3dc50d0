using System.Text;

namespace NkHandouts.Content;

/// <summary>Flattens inlines to plain text (heading text, bookmarks, alt text, metadata; the reading check walks inlines itself).</summary>
public static class InlineText
{
    public static string Of(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 1 && inlines[0] is TextInline only)
        {
            return only.Text;
        }

        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: sb.Append(t.Text); break;
                case CodeInline c: sb.Append(c.Code); break;
                case EmphasisInline e: Append(sb, e.Children); break;
                case StrongInline s: Append(sb, s.Children); break;
                case LinkInline l: Append(sb, l.Children); break;
                case LineBreakInline: sb.Append(' '); break;
                case FootnoteReferenceInline: break;
            }
        }
    }
}
