using NkHandouts.Layout.Hyphenation;

namespace NkHandouts.Layout;

/// <summary>
/// Greedy line breaking: each line takes as many characters as fit, ending at the last break opportunity (after a
/// space, hyphen or slash, or at a soft hyphen). A word wider than the line is cut where it overflows. Web
/// addresses break after '/', '.' or '-' and never get a hyphen added (see <see cref="ShapedText"/>). With a
/// <see cref="HyphenationStyle"/>, a word may also be split at a pattern point (<see cref="BreakKind.Auto"/>).
/// </summary>
internal static class LineBreaker
{
    /// <summary>How full a line must be at its last strong break before a weak break is passed over.</summary>
    public const double WeakBreakFill = 0.6;

    public static TextLine[] Break(ShapedText s, double maxWidth, double lineHeight, HyphenationStyle? hyphenation = null)
    {
        var lines = new List<TextLine>();
        var n = s.Text.Length;
        var start = 0;
        var hyphenatedRun = 0;
        while (start < n)
        {
            double width = 0;
            var lastBreak = -1;
            var lastWeak = -1;
            var lastAuto = -1;
            double widthAtBreak = 0;
            var end = n;
            for (var i = start; i < n; i++)
            {
                var kind = s.Breaks[i];
                var w = s.Advance[i];
                if (kind != BreakKind.Space && width + w > maxWidth + 1e-6 && i > start)
                {
                    var weak = lastWeak > lastBreak && (lastBreak < 0 || widthAtBreak < maxWidth * WeakBreakFill);
                    end = weak ? lastWeak + 1 : lastBreak >= 0 ? lastBreak + 1 : i;

                    // Split the overflowing word only to mend a line that would stay short by more than the zone (or
                    // a word wider than the line), and never a third line in a row.
                    if (hyphenation is not null && lastAuto >= end && hyphenatedRun < hyphenation.MaxConsecutive
                        && (lastBreak < 0 || maxWidth - widthAtBreak > maxWidth * hyphenation.Zone))
                    {
                        end = lastAuto + 1;
                    }

                    break;
                }

                width += w;
                if (kind == BreakKind.Hard)
                {
                    end = i + 1;
                    break;
                }

                if (kind == BreakKind.Weak)
                {
                    lastWeak = i;
                }
                else if (kind == BreakKind.Soft)
                {
                    if (width + HyphenWidth(s, i) <= maxWidth + 1e-6)
                    {
                        lastBreak = i;
                    }
                }
                else if (kind == BreakKind.Auto)
                {
                    if (width + HyphenWidth(s, i) <= maxWidth + 1e-6)
                    {
                        lastAuto = i;
                    }
                }
                else if (kind != BreakKind.None)
                {
                    lastBreak = i;
                    widthAtBreak = width;
                }
            }

            var line = Make(s, start, end, lineHeight);
            hyphenatedRun = line.Hyphenated ? hyphenatedRun + 1 : 0;
            lines.Add(line);
            start = end;
        }

        return [.. lines];
    }

    /// <summary>
    /// Lines of even length for headings and titles: as many lines as greedy breaking makes, with the breaks that
    /// minimise the summed squared slack (every line within <paramref name="maxWidth"/>) — "NK Cell Therapy: /
    /// 3 Myths and / the Facts", not "… / 3 Myths and the / Facts". Long or hand-broken text is broken greedily.
    /// </summary>
    public static TextLine[] Balance(ShapedText s, double maxWidth, double lineHeight)
    {
        var greedy = Break(s, maxWidth, lineHeight);
        var n = s.Text.Length;
        if (greedy.Length < 2 || n > MaxBalancedLength || s.Breaks.Any(b => b is BreakKind.Hard or BreakKind.Soft))
        {
            return greedy;
        }

        List<int> ends = [0];
        for (var i = 0; i < n - 1; i++)
        {
            if (s.Breaks[i] is BreakKind.Space or BreakKind.After or BreakKind.Weak)
            {
                ends.Add(i + 1);
            }
        }

        ends.Add(n);
        var m = ends.Count;
        var lines = greedy.Length;
        var cost = new double[lines + 1, m];
        var from = new int[lines + 1, m];
        for (var k = 0; k <= lines; k++)
        {
            for (var j = 0; j < m; j++)
            {
                cost[k, j] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
        {
            for (var j = 1; j < m; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (double.IsPositiveInfinity(cost[k - 1, i]))
                    {
                        continue;
                    }

                    var w = Make(s, ends[i], ends[j], lineHeight).Width;
                    if (w > maxWidth + 1e-6)
                    {
                        continue;
                    }

                    var c = cost[k - 1, i] + (maxWidth - w) * (maxWidth - w);
                    if (c < cost[k, j])
                    {
                        cost[k, j] = c;
                        from[k, j] = i;
                    }
                }
            }
        }

        if (double.IsPositiveInfinity(cost[lines, m - 1]))
        {
            return greedy;
        }

        var result = new TextLine[lines];
        for (int k = lines, j = m - 1; k > 0; j = from[k, j], k--)
        {
            result[k - 1] = Make(s, ends[from[k, j]], ends[j], lineHeight);
        }

        return result;
    }

    /// <summary>Text longer than this is never balanced (a heading, not a paragraph).</summary>
    private const int MaxBalancedLength = 300;

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

        var hyphenated = end < s.Text.Length && s.Breaks[end - 1] is BreakKind.Soft or BreakKind.Auto;
        if (hyphenated && s.Breaks[end - 1] == BreakKind.Soft)
        {
            visible = end - 1; // the soft hyphen itself is not drawn; the added hyphen is
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
