using System.Text;

namespace NkHandouts.Readiness.Pages;

/// <summary>
/// Groups a page's glyphs (in content order) into lines. A new line starts where the baseline moves, where the next
/// glyph is to the left of the previous one, or where the gap is wider than a column gutter (2.5 em; justified
/// text stretches spaces, but not that far). Gaps are measured between advances, not ink, so a monospaced 'i'
/// is no wider apart than an 'm': a gap over 0.15 em is a word space.
/// </summary>
public static class LineFinder
{
    public static IReadOnlyList<TextLine> Lines(PageContent page)
    {
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        foreach (var g in page.Glyphs)
        {
            if (current.Count > 0 && StartsNewLine(current[^1], g))
            {
                lines.Add(Make(current));
                current = [];
            }

            current.Add(g);
        }

        if (current.Count > 0)
        {
            lines.Add(Make(current));
        }

        return lines;
    }

    private static bool StartsNewLine(Glyph previous, Glyph next)
    {
        var size = Math.Max(previous.Size, next.Size);
        if (Math.Abs(previous.BaselineY - next.BaselineY) > size * 0.3)
        {
            return true;
        }

        var gap = next.StartX - previous.EndX;
        return gap < -size * 0.5 || gap > size * 2.5;
    }

    private static TextLine Make(List<Glyph> glyphs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (i > 0 && glyphs[i].StartX - glyphs[i - 1].EndX > Math.Max(glyphs[i].Size, glyphs[i - 1].Size) * 0.15)
            {
                text.Append(' ');
            }

            text.Append(glyphs[i].Text);
        }

        // The size most of the line's letters are set in.
        var size = glyphs.GroupBy(g => g.Size).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return new TextLine(glyphs, text.ToString(), size);
    }
}
