using System.Text;

namespace NkHandouts.Layout;

/// <summary>Draws one line: aligns it, splits it into runs of one style and face, stretches spaces when
/// justified, adds the hyphen of a soft-hyphen break, and wraps linked runs in link annotations.</summary>
internal static class TextPainter
{
    /// <summary>A run of one style and face; <see cref="Actual"/>: its replacement text when it is part of a
    /// hyphenated word (see <see cref="HyphenatedWord"/>), else null.</summary>
    private readonly record struct Run(double X, double Width, string Text, TextStyle Style, FontFace Face, string? Actual);

    public static void DrawLine(IDrawingSurface surface, ShapedText s, TextLine line, double x, double top, double width, TextAlign align)
    {
        var spaces = 0;
        if (align == TextAlign.Justify && !line.LastOfParagraph)
        {
            for (var i = line.Start; i < line.VisibleEnd; i++)
            {
                if (s.Breaks[i] == BreakKind.Space)
                {
                    spaces++;
                }
            }
        }

        var slack = Math.Max(0, width - line.Width);
        var stretch = spaces > 0 ? slack / spaces : 0;
        var pen = x + align switch
        {
            TextAlign.Center => slack / 2,
            TextAlign.Right => slack,
            _ => 0,
        };

        var word = HyphenatedWord.Of(s, line);
        var runs = Runs(s, line, pen, stretch, word);
        var baseline = top + line.Baseline;
        var k = 0;
        while (k < runs.Count)
        {
            var link = runs[k].Style.Link;
            if (link is null)
            {
                Paint(surface, runs[k], baseline);
                k++;
                continue;
            }

            var end = k;
            var text = new StringBuilder();
            while (end < runs.Count && runs[end].Style.Link == link)
            {
                text.Append(runs[end].Text);
                end++;
            }

            var left = runs[k].X;
            var right = runs[end - 1].X + runs[end - 1].Width;
            surface.BeginLink(new Rect(left, top, right - left, line.Height), link, text.ToString());
            for (; k < end; k++)
            {
                Paint(surface, runs[k], baseline);
            }

            surface.EndLink();
        }
    }

    private static void Paint(IDrawingSurface surface, Run r, double baseline)
    {
        if (r.Actual is { } actual)
        {
            surface.BeginReplacement(actual);
            surface.DrawText(r.Face, r.Style.Size, r.Style.Colour, r.X, baseline, r.Text);
            surface.EndReplacement();
        }
        else
        {
            surface.DrawText(r.Face, r.Style.Size, r.Style.Colour, r.X, baseline, r.Text);
        }

        if (r.Style.Underline)
        {
            var thickness = Math.Max(0.5, r.Style.Size / 18);
            surface.BeginArtifact();
            surface.FillRect(new Rect(r.X, baseline + r.Style.Size * 0.12, r.Width, thickness), r.Style.Colour);
            surface.EndArtifact();
        }
    }

    private static List<Run> Runs(ShapedText s, TextLine line, double pen, double stretch, HyphenatedWord word)
    {
        var runs = new List<Run>();
        var sb = new StringBuilder();
        var runX = pen;
        double runW = 0;
        var span = -1;
        FontFace? face = null;
        string? actual = null;
        var firstOfWord = true;

        void Flush()
        {
            if (sb.Length > 0 && face is not null)
            {
                // The first run of a hyphenated word's head carries the whole word; its other runs read as nothing.
                var replacement = actual is null ? null : actual.Length > 0 && firstOfWord ? actual : "";
                firstOfWord &= actual is not { Length: > 0 };
                runs.Add(new Run(runX, runW, sb.ToString(), s.Spans[span].Style, face, replacement));
            }

            sb.Clear();
            runX += runW;
            runW = 0;
        }

        for (var i = line.Start; i < line.VisibleEnd; i++)
        {
            var c = s.Text[i];
            if (c is ShapedText.SoftHyphen or '\n' or '\u200B')
            {
                continue;
            }

            var wanted = word.ActualAt(i);
            if (s.Span[i] != span || !ReferenceEquals(s.Face[i], face) || !ReferenceEquals(wanted, actual))
            {
                Flush();
                span = s.Span[i];
                face = s.Face[i];
                actual = wanted;
            }

            sb.Append(c is '\t' or '\r' ? ' ' : c);
            runW += s.Advance[i];
            if (stretch > 0 && s.Breaks[i] == BreakKind.Space)
            {
                Flush();
                runX += stretch;
            }
        }

        // The space a line breaks at is not visible, but drawing it keeps words apart in extracted and
        // screen-reader text ("Myths About", not "MythsAbout").
        if (!line.Hyphenated && line.VisibleEnd < line.End && s.Text[line.VisibleEnd] == ' ')
        {
            var i = line.VisibleEnd;
            if (s.Span[i] != span || !ReferenceEquals(s.Face[i], face) || actual is not null)
            {
                Flush();
                span = s.Span[i];
                face = s.Face[i];
                actual = null;
            }

            sb.Append(' ');
            runW += s.Advance[i];
        }

        if (line.Hyphenated)
        {
            var style = s.StyleAt(line.End - 1);
            if (span != s.Span[line.End - 1] || !ReferenceEquals(face, style.Face))
            {
                Flush();
                span = s.Span[line.End - 1];
                face = style.Face;
            }

            sb.Append('-');
            runW += LineBreaker.HyphenWidth(s, line.End - 1);
        }

        Flush();
        return runs;
    }
}
