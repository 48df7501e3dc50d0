namespace NkHandouts.Layout;

/// <summary>
/// A paragraph of styled spans. Lines are broken once per width and cached; across pages the paragraph keeps at
/// least <see cref="ParagraphStyle.Orphans"/> lines at the foot of a page and carries at least
/// <see cref="ParagraphStyle.Widows"/> to the next, else it moves whole.
/// The shaped characters and lines exist only while the paragraph is being laid out: shaped when first measured,
/// dropped once its last line is drawn (a 1,000-page document would otherwise hold every paragraph's per-character
/// arrays, about 26 bytes a character, for the whole run), shaped again after <see cref="Reset"/>.
/// </summary>
internal sealed class TextBlock : Element
{
    private readonly IReadOnlyList<TextSpan> spans;
    private readonly ParagraphStyle paragraph;
    private readonly bool empty;
    private ShapedText? shaped;
    private double cachedWidth = double.NaN;
    private TextLine[] cached = [];
    private int firstChar;

    public TextBlock(IReadOnlyList<TextSpan> spans, ParagraphStyle paragraph)
    {
        this.spans = spans;
        this.paragraph = paragraph;
        empty = spans.All(s => s.Text.Length == 0);
        IsComplete = empty;
    }

    public string Text => string.Concat(spans.Select(s => s.Text));

    private ShapedText Shaped => shaped ??= Shape(spans, paragraph);

    private static ShapedText Shape(IReadOnlyList<TextSpan> spans, ParagraphStyle paragraph)
    {
        var s = new ShapedText(spans);
        if (paragraph.Balance)
        {
            KeepNumbersWithWords(s);
        }
        else if (paragraph.Hyphenation is { } hyphenation)
        {
            AutoHyphens.Mark(s, hyphenation);
        }

        return s;
    }

    /// <summary>Drops the shaped text and its lines (the paragraph is drawn; <see cref="Reset"/> shapes it again).</summary>
    private void Release()
    {
        shaped = null;
        cached = [];
        cachedWidth = double.NaN;
    }

    /// <summary>In a title, a small number stays on the line of the word it counts ("3 Myths", never "3 / Myths"):
    /// no break at the space after a number of one to three digits standing alone. The text keeps its plain space,
    /// so it extracts and searches as written.</summary>
    internal static void KeepNumbersWithWords(ShapedText s)
    {
        var t = s.Text;
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (s.Breaks[i] != BreakKind.Space || !char.IsLetter(t[i + 1]))
            {
                continue;
            }

            var start = i;
            while (start > 0 && char.IsDigit(t[start - 1]))
            {
                start--;
            }

            var digits = i - start;
            if (digits is >= 1 and <= 3 && (start == 0 || char.IsWhiteSpace(t[start - 1])))
            {
                s.Breaks[i] = BreakKind.None;
            }
        }
    }

    internal TextLine[] Lines(double width)
    {
        if (width != cachedWidth)
        {
            var s = Shaped;
            cached = paragraph.Balance ? LineBreaker.Balance(s, width, paragraph.LineHeight) : LineBreaker.Break(s, width, paragraph.LineHeight, paragraph.Hyphenation);
            cachedWidth = width;
        }

        return cached;
    }

    internal override string? Describe() => empty ? null : Text.Length <= 40 ? Text : Text[..40].TrimEnd() + "…";

    public override SpaceRequest Measure(Slot slot)
    {
        if (IsComplete)
        {
            return SpaceRequest.Full(0, 0);
        }

        var (from, take, height, all) = Fit(slot);
        if (take == 0)
        {
            return SpaceRequest.Wrap;
        }

        var lines = Lines(slot.Width);
        double width = 0;
        for (var i = from; i < from + take; i++)
        {
            width = Math.Max(width, lines[i].Width);
        }

        return all ? SpaceRequest.Full(width, height) : SpaceRequest.Partial(width, height);
    }

    public override void Draw(DrawContext context, Slot slot)
    {
        if (IsComplete)
        {
            return;
        }

        var (from, take, _, all) = Fit(slot);
        if (take == 0)
        {
            return;
        }

        var s = Shaped;
        context.Report.MissingGlyphs.UnionWith(s.Missing);
        var lines = Lines(slot.Width);
        var y = slot.Y;
        for (var i = from; i < from + take; i++)
        {
            TextPainter.DrawLine(context.Surface, s, lines[i], slot.X, y, slot.Width, paragraph.Align);
            y += lines[i].Height;
        }

        firstChar = lines[from + take - 1].End;
        IsComplete = all;
        if (all)
        {
            Release();
        }
    }

    public override void Reset()
    {
        base.Reset();
        firstChar = 0;
        IsComplete = empty;
    }

    /// <summary>Which lines go on this page: the first remaining line, how many, their height, and whether that is all.</summary>
    private (int From, int Take, double Height, bool All) Fit(Slot slot)
    {
        var lines = Lines(slot.Width);
        var from = 0;
        while (from < lines.Length && lines[from].Start < firstChar)
        {
            from++;
        }

        var remaining = lines.Length - from;
        var fit = 0;
        double h = 0;
        while (fit < remaining && h + lines[from + fit].Height <= slot.Height + 1e-6)
        {
            h += lines[from + fit].Height;
            fit++;
        }

        if (fit >= remaining)
        {
            return (from, remaining, h, true);
        }

        var take = Math.Min(fit, remaining - paragraph.Widows);
        if (take < paragraph.Orphans)
        {
            // At a page top nothing better can come: break wherever it must.
            take = slot.AtPageTop ? fit : 0;
        }

        return (from, take, Height(lines, from, take), false);
    }

    private static double Height(TextLine[] lines, int from, int take)
    {
        double h = 0;
        for (var i = from; i < from + take; i++)
        {
            h += lines[i].Height;
        }

        return h;
    }
}
