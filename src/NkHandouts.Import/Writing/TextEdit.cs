namespace NkHandouts.Import.Writing;

/// <summary>Replace [Start, End) of the article with Text; an insertion has Start == End. Seq keeps insertions at
/// one offset in document order.</summary>
internal sealed record TextEdit(int Start, int End, string Text, int Seq)
{
    public bool IsInsertion => Start == End;

    /// <summary>Applies edits in order of position; an edit overlapping one already applied is returned, not applied.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits, List<TextEdit> skipped)
    {
        var ordered = edits.OrderBy(e => e.Start).ThenBy(e => e.IsInsertion ? 0 : 1).ThenBy(e => e.Seq).ToList();
        var sb = new System.Text.StringBuilder(text.Length + 256);
        var cursor = 0;
        foreach (var e in ordered)
        {
            if (e.Start < cursor)
            {
                skipped.Add(e);
                continue;
            }

            sb.Append(text, cursor, e.Start - cursor).Append(e.Text);
            cursor = e.End;
        }

        sb.Append(text, cursor, text.Length - cursor);
        return sb.ToString();
    }

    /// <summary>Where an offset of the old text lands in the new one.</summary>
    public static int MapOffset(int offset, IEnumerable<TextEdit> applied)
    {
        var delta = 0;
        foreach (var e in applied)
        {
            if (e.End <= offset && !(e.IsInsertion && e.Start == offset))
            {
                delta += e.Text.Length - (e.End - e.Start);
            }
            else if (e.Start < offset && offset < e.End)
            {
                return e.Start + delta;
            }
        }

        return offset + delta;
    }
}
