namespace NkHandouts.Layout;

/// <summary>
/// Greedy line breaking: each line takes as many characters as fit, ending at the last break opportunity (after a
/// space, hyphen or slash, or at a soft hyphen). A word wider than the line is cut where it overflows.
/// </summary>
internal static class LineBreaker
{
    public static TextLine[] Break(ShapedText s, double maxWidth, double lineHeight)
    {
        var lines = new List<TextLine>();
        var n = s.Text.Length;
        var start = 0;
        while (start < n)
        {
            double width = 0;
            var lastBreak = -1;
            var end = n;
            for (var i = start; i < n; i++)
            {
                var kind = s.Breaks[i];
                var w = s.Advance[i];
                if (kind != BreakKind.Space && width + w > maxWidth + 1e-6 && i > start)
                {
                    end = lastBreak >= 0 ? lastBreak + 1 : i;
                    break;
                }

                width += w;
                if (kind == BreakKind.Hard)
                {
                    end = i + 1;
                    break;
                }

                if (kind == BreakKind.Soft)
                {
                    if (width + HyphenWidth(s, i) <= maxWidth + 1e-6)
                    {
                        lastBreak = i;
                    }
                }
                else if (kind != BreakKind.None)
                {
                    lastBreak = i;
                }
            }

            lines.Add(Make(s, start, end, lineHeight));
            start = end;
        }

        return [.. lines];
    }

    internal static double HyphenWidth(ShapedText s, int i)
    {
        var style = s.StyleAt(i);
        return style.Face.Advance('-') * style.Size;
    }

    private static TextLine Make(ShapedText s, int start, int end, double lineHeight)
    {
        var visible = end;
        while (visible > start && s.Breaks[visible - 1] is BreakKind.Space or BreakKind.Hard)
        {
            visible--;
        }

        var hyphenated = end < s.Text.Length && s.Breaks[end - 1] == BreakKind.Soft;
        if (hyphenated)
        {
            visible = end - 1;
        }

        double width = 0, size = 0, ascent = 0, descent = 0;
        for (var i = start; i < end; i++)
        {
            if (i < visible)
            {
                width += s.Advance[i];
            }

            var style = s.StyleAt(i);
            if (style.Size > size)
            {
                size = style.Size;
                ascent = style.Face.Ascent * size;
                descent = style.Face.Descent * size;
            }
        }

        if (hyphenated)
        {
            width += HyphenWidth(s, end - 1);
        }

        if (size == 0)
        {
            var style = s.Spans.Count > 0 ? s.Spans[0].Style : null;
            size = style?.Size ?? 0;
            ascent = (style?.Face.Ascent ?? 0) * size;
            descent = (style?.Face.Descent ?? 0) * size;
        }

        var height = size * lineHeight;
        var baseline = (height - ascent - descent) / 2 + ascent;
        var last = end >= s.Text.Length || s.Breaks[end - 1] == BreakKind.Hard;
        return new TextLine(start, end, visible, width, hyphenated, last, height, baseline);
    }
}
