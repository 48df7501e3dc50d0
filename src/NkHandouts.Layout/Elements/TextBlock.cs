namespace NkHandouts.Layout;

/// <summary>
/// A paragraph of styled spans. Lines are broken once per width and cached; across pages the paragraph keeps at
/// least <see cref="ParagraphStyle.Orphans"/> lines at the foot of a page and carries at least
/// <see cref="ParagraphStyle.Widows"/> to the next, else it moves whole.
/// </summary>
internal sealed class TextBlock : Element
{
    private readonly ShapedText shaped;
    private readonly ParagraphStyle paragraph;
    private double cachedWidth = double.NaN;
    private TextLine[] cached = [];
    private int firstChar;

    public TextBlock(IReadOnlyList<TextSpan> spans, ParagraphStyle paragraph)
    {
        shaped = new ShapedText(spans);
        this.paragraph = paragraph;
        if (paragraph.Balance)
        {
            KeepNumbersWithWords(shaped);
        }
        else if (paragraph.Hyphenation is { } hyphenation)
        {
            AutoHyphens.Mark(shaped, hyphenation);
        }

        IsComplete = shaped.Text.Length == 0;
    }

    public string Text => shaped.Text;

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

    internal IReadOnlySet<int> MissingGlyphs => shaped.Missing;

    internal TextLine[] Lines(double width)
    {
        if (width != cachedWidth)
        {
            cached = paragraph.Balance ? LineBreaker.Balance(shaped, width, paragraph.LineHeight) : LineBreaker.Break(shaped, width, paragraph.LineHeight, paragraph.Hyphenation);
            cachedWidth = width;
        }

        return cached;
    }

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

        context.Report.MissingGlyphs.UnionWith(shaped.Missing);
        var lines = Lines(slot.Width);
        var y = slot.Y;
        for (var i = from; i < from + take; i++)
        {
            TextPainter.DrawLine(context.Surface, shaped, lines[i], slot.X, y, slot.Width, paragraph.Align);
            y += lines[i].Height;
        }

        firstChar = lines[from + take - 1].End;
        IsComplete = all;
    }

    public override void Reset()
    {
        base.Reset();
        firstChar = 0;
        IsComplete = shaped.Text.Length == 0;
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
