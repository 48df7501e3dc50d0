using System.Text;
using NkHandouts.Content;

namespace NkHandouts.Import.Model;

/// <summary>Flattening of inlines to segments, and the normal form both sides are compared in.</summary>
public static class Segments
{
    public static List<Segment> From(IReadOnlyList<Inline> inlines, bool strong = false)
    {
        var list = new List<Segment>();
        Append(list, inlines, strong, false, null);
        return Normalize(list);
    }

    private static void Append(List<Segment> into, IReadOnlyList<Inline> inlines, bool strong, bool emphasis, string? link)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    into.Add(new Segment(SegmentKind.Text, t.Text, strong, emphasis, false, link));
                    break;
                case StrongInline s:
                    Append(into, s.Children, true, emphasis, link);
                    break;
                case EmphasisInline e:
                    Append(into, e.Children, strong, true, link);
                    break;
                case CodeInline c:
                    // A code block keeps its lines as breaks, as the briefing writes it.
                    var lines = c.Code.Split('\n');
                    for (var i = 0; i < lines.Length; i++)
                    {
                        if (i > 0)
                        {
                            into.Add(Segment.Break);
                        }

                        into.Add(new Segment(SegmentKind.Text, lines[i], strong, emphasis, true, link));
                    }

                    break;
                case LinkInline l when link is null:
                    Append(into, l.Children.Count > 0 ? l.Children : [new TextInline(l.Url)], strong, emphasis, l.Url);
                    break;
                case LinkInline l:
                    Append(into, l.Children, strong, emphasis, link);
                    break;
                case LineBreakInline:
                    into.Add(Segment.Break);
                    break;
                case FootnoteReferenceInline f:
                    into.Add(new Segment(SegmentKind.FootnoteReference, "", Footnote: f.Number));
                    break;
            }
        }
    }

    /// <summary>Joins neighbours of the same format, folds runs of white space (not in code) and trims the ends:
    /// the differences Word and LibreOffice introduce without anyone editing.</summary>
    public static List<Segment> Normalize(IEnumerable<Segment> segments)
    {
        var list = new List<Segment>();
        foreach (var raw in segments)
        {
            var s = raw;
            if (s.Kind == SegmentKind.Text)
            {
                var text = s.Code ? s.Text.Replace('\u00A0', ' ') : Fold(s.Text);
                if (text.Length == 0)
                {
                    continue;
                }

                s = s with { Text = text };
            }

            if (list.Count > 0 && list[^1].Kind == SegmentKind.Text && s.Kind == SegmentKind.Text && list[^1].SameFormat(s))
            {
                var joined = list[^1].Text + s.Text;
                list[^1] = s with { Text = s.Code ? joined : Fold(joined) };
            }
            else
            {
                list.Add(s);
            }
        }

        // White space is not formatting: "**bold** " and "**bold **" look the same; move it out of emphasis so the
        // comparison does not see a difference there.
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { Kind: SegmentKind.Text, Code: false } s && (s.Strong || s.Emphasis || s.Link is not null) && s.Text.Trim().Length == 0)
            {
                list[i] = new Segment(SegmentKind.Text, s.Text);
            }
        }

        Trim(list);
        return MergeAgain(list);
    }

    private static List<Segment> MergeAgain(List<Segment> list)
    {
        var result = new List<Segment>(list.Count);
        foreach (var s in list)
        {
            if (result.Count > 0 && result[^1].Kind == SegmentKind.Text && s.Kind == SegmentKind.Text && result[^1].SameFormat(s))
            {
                result[^1] = s with { Text = s.Code ? result[^1].Text + s.Text : Fold(result[^1].Text + s.Text) };
            }
            else
            {
                result.Add(s);
            }
        }

        return result;
    }

    private static void Trim(List<Segment> list)
    {
        while (list.Count > 0 && list[0] is { Kind: SegmentKind.Text, Code: false } first && first.Text.TrimStart().Length != first.Text.Length)
        {
            var t = first.Text.TrimStart();
            if (t.Length == 0)
            {
                list.RemoveAt(0);
            }
            else
            {
                list[0] = first with { Text = t };
            }
        }

        while (list.Count > 0 && list[^1] is { Kind: SegmentKind.Text, Code: false } last && last.Text.TrimEnd().Length != last.Text.Length)
        {
            var t = last.Text.TrimEnd();
            if (t.Length == 0)
            {
                list.RemoveAt(list.Count - 1);
            }
            else
            {
                list[^1] = last with { Text = t };
            }
        }

        // A break at either end shows nothing.
        while (list.Count > 0 && list[^1].Kind == SegmentKind.Break)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    /// <summary>Runs of white space (spaces, tabs, no-break spaces) become one space.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\n' or '\r')
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }

        return sb.ToString();
    }

    public static string PlainText(IEnumerable<Segment> segments)
    {
        var sb = new StringBuilder();
        foreach (var s in segments)
        {
            sb.Append(s.Kind switch { SegmentKind.Text => s.Text, SegmentKind.Break => " ", _ => "" });
        }

        return sb.ToString();
    }

    public static bool Equal(IReadOnlyList<Segment> a, IReadOnlyList<Segment> b) => a.SequenceEqual(b);
}
