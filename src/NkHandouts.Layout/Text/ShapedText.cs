namespace NkHandouts.Layout;

/// <summary>
/// A paragraph's characters with, for each, its style, the face that draws it (the style's family, else the first
/// fallback family that has the glyph), its advance in points and whether a line may break after it. Width-free,
/// so it is computed once and reused for every width the paragraph is measured at.
/// </summary>
internal sealed class ShapedText
{
    internal const char SoftHyphen = '\u00AD';

    public ShapedText(IReadOnlyList<TextSpan> spans)
    {
        Spans = spans;
        var text = string.Concat(spans.Select(s => s.Text));
        Text = text;
        var n = text.Length;
        Span = new int[n];
        Face = new FontFace[n];
        Advance = new double[n];
        Breaks = new BreakKind[n];
        var i = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var style = spans[s].Style;
            var main = style.Face;
            var end = i + spans[s].Text.Length;
            for (; i < end; i++)
            {
                Span[i] = s;
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    var cp = char.ConvertToUtf32(c, text[i + 1]);
                    var face = Pick(style, main, cp);
                    Face[i] = Face[i + 1] = face;
                    Advance[i] = face.Advance(cp) * style.Size;
                    Span[i + 1] = s;
                    i++;
                    continue;
                }

                if (c is SoftHyphen or '\n' or '\u200B')
                {
                    Face[i] = main;
                    continue;
                }

                var f = Pick(style, main, c is '\t' or '\r' ? ' ' : c);
                Face[i] = f;
                Advance[i] = f.Advance(c is '\t' or '\r' ? ' ' : c) * style.Size;
            }
        }

        var urls = WebAddresses(text);
        for (var k = 0; k < n; k++)
        {
            Breaks[k] = urls[k] && k + 1 < n && urls[k + 1] ? BreakInAddress(text, k) : BreakAfter(text, k);
        }
    }

    public IReadOnlyList<TextSpan> Spans { get; }
    public string Text { get; }
    public int[] Span { get; }
    public FontFace[] Face { get; }
    public double[] Advance { get; }
    public BreakKind[] Breaks { get; }

    /// <summary>Characters no face (main or fallback) has; drawn as the main face's .notdef box.</summary>
    public SortedSet<int> Missing { get; } = [];

    public TextStyle StyleAt(int i) => Spans[Span[i]].Style;

    private FontFace Pick(TextStyle style, FontFace main, int cp)
    {
        if (main.HasGlyph(cp) || cp < 0x20)
        {
            return main;
        }

        foreach (var family in style.Fallbacks)
        {
            var f = family.Face(style.FontStyle);
            if (f.HasGlyph(cp))
            {
                return f;
            }
        }

        Missing.Add(cp);
        return main;
    }

    /// <summary>The runs of non-space characters in <paramref name="t"/>, as [start, end) index pairs.</summary>
    internal static IEnumerable<(int Start, int End)> Tokens(string t)
    {
        var i = 0;
        while (i < t.Length)
        {
            if (char.IsWhiteSpace(t[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < t.Length && !char.IsWhiteSpace(t[i]))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    /// <summary>Which characters belong to a web address (a run of non-spaces starting http://, https:// or www.),
    /// trailing sentence punctuation excluded.</summary>
    internal static bool[] WebAddresses(string t)
    {
        var marks = new bool[t.Length];
        foreach (var (start, i) in Tokens(t))
        {
            var word = t.AsSpan(start, i - start).TrimStart("(\u201C\u2018\"'<[");
            var lead = i - start - word.Length;
            if (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                var end = i;
                while (end > start + lead && ".,;:!?)]>\u201D\u2019\"'".Contains(t[end - 1]))
                {
                    end--;
                }

                Array.Fill(marks, true, start + lead, end - start - lead);
            }
        }

        return marks;
    }

    /// <summary>Inside a web address: after a slash (not in or right after the "//") or a query separator, or — weakly,
    /// when no slash leaves a fuller line — after a dot or hyphen ("www.example." / "org" reads badly);
    /// nowhere else, and never a soft hyphen, so no hyphen is ever added to an address.</summary>
    private static BreakKind BreakInAddress(string t, int i) => t[i] switch
    {
        '/' => t[i + 1] == '/' || (i > 0 && t[i - 1] == '/') ? BreakKind.None : BreakKind.After, // never "https://" / "www…"
        '?' or '&' or '=' => BreakKind.After,
        '.' or '-' or '_' => BreakKind.Weak,
        _ => BreakKind.None,
    };

    private static BreakKind BreakAfter(string t, int i)
    {
        var c = t[i];
        var next = i + 1 < t.Length ? t[i + 1] : '\0';
        var prev = i > 0 ? t[i - 1] : '\0';
        switch (c)
        {
            case ' ' or '\t' or '\u200B' or '\r':
                return BreakKind.Space;
            case '\n':
                return BreakKind.Hard;
            case SoftHyphen:
                return BreakKind.Soft;
            case '-' or '\u2010' or '\u2013' or '\u2014':
                // Not after a leading minus ("-5") and not before a space (the space breaks anyway).
                return char.IsLetterOrDigit(prev) && next != '\0' && !char.IsWhiteSpace(next) ? BreakKind.After : BreakKind.None;
            case '/':
                // Not inside "//" (web addresses break after their path slashes instead).
                return prev is not '/' and not '\0' && next is not '/' and not '\0' && !char.IsWhiteSpace(next) ? BreakKind.After : BreakKind.None;
            default:
                return BreakKind.None;
        }
    }
}
