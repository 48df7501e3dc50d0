namespace NkHandouts.Layout;

/// <summary>
/// The parts of a line that belong to a word split by hyphenation (automatic or at a soft hyphen): a continuation
/// at the line's start (its replacement text is empty) and a head at its end, before the added hyphen (its
/// replacement is the whole word). Read as replacement text, the two halves give the word once, whole — how
/// pdftotext in every mode, copy and paste and screen readers then read it; the glyphs stay as printed.
/// </summary>
internal readonly record struct HyphenatedWord(int TailEnd, int HeadStart, int HeadEnd, string? Whole)
{
    private const string Nothing = "";

    public static HyphenatedWord Of(ShapedText s, TextLine line)
    {
        var t = s.Text;
        var tailEnd = line.Start;
        if (line.Start > 0 && s.Breaks[line.Start - 1] is BreakKind.Soft or BreakKind.Auto)
        {
            while (tailEnd < line.VisibleEnd && !char.IsWhiteSpace(t[tailEnd]))
            {
                tailEnd++;
            }
        }

        if (!line.Hyphenated)
        {
            return new HyphenatedWord(tailEnd, line.End, line.End, null);
        }

        var headStart = line.End - 1;
        while (headStart > line.Start && !char.IsWhiteSpace(t[headStart - 1]))
        {
            headStart--;
        }

        if (headStart < tailEnd || (headStart == line.Start && tailEnd > line.Start))
        {
            // One word runs over the whole line (split twice): all of it continues the word begun above.
            return new HyphenatedWord(line.End, line.End, line.End, null);
        }

        var wordEnd = line.End;
        while (wordEnd < t.Length && !char.IsWhiteSpace(t[wordEnd]))
        {
            wordEnd++;
        }

        var whole = t[headStart..wordEnd].Replace(ShapedText.SoftHyphen.ToString(), "", StringComparison.Ordinal);
        return new HyphenatedWord(tailEnd, headStart, line.End, whole);
    }

    /// <summary>The replacement text for character <paramref name="i"/> of the line, or null to read it as drawn.
    /// The same string instance for one part, so runs split where the part changes.</summary>
    public string? ActualAt(int i) =>
        i < TailEnd ? Nothing
        : Whole is not null && i >= HeadStart && i < HeadEnd ? Whole
        : null;
}
