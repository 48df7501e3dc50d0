using NkHandouts.Import.Model;

namespace NkHandouts.Import.Matching;

/// <summary>
/// Pairs the article's leaves with the document's, in order. Text and position do the work — equal text is the
/// strongest evidence, similar text the next — and the block keys of content controls decide between candidates and
/// hold a rewritten paragraph to its block. Keys are hints only: LibreOffice drops the tags, moves titles between
/// nested controls, and Word copies them with a copied paragraph, so nothing relies on them alone.
/// </summary>
internal static class LeafMatcher
{
    /// <summary>Pairs (source index, word index) in order; leaves in no pair were deleted (source) or added (word).</summary>
    public static List<(int Source, int Word)> Match(IReadOnlyList<SourceLeaf> source, IReadOnlyList<WordLeaf> word)
    {
        var n = source.Count;
        var m = word.Count;
        var score = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var best = Math.Max(score[i + 1, j], score[i, j + 1]);
                var s = Score(source[i], word[j]);
                if (s > 0)
                {
                    best = Math.Max(best, score[i + 1, j + 1] + s);
                }

                score[i, j] = best;
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            var s = Score(source[i], word[j]);
            if (s > 0 && score[i, j] == score[i + 1, j + 1] + s)
            {
                pairs.Add((i, j));
                i++;
                j++;
            }
            else if (score[i, j] == score[i + 1, j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    public static int Score(SourceLeaf s, WordLeaf w)
    {
        if (s.Part != w.Part || Family(s.Kind) != Family(w.Kind))
        {
            return 0;
        }

        var keyed = w.Keys.Count > 0 && w.Keys[^1] == s.Key;
        var keyedAnywhere = keyed || w.Keys.Contains(s.Key);
        if (Same(s, w))
        {
            return 1000 + (keyed ? 20 : keyedAnywhere ? 10 : 0);
        }

        var similarity = Similarity.Words(s.Text, w.Text);
        if (keyed)
        {
            return 400 + (int)(300 * similarity);
        }

        return similarity >= 0.5 ? 100 + (int)(300 * similarity) + (keyedAnywhere ? 10 : 0) : 0;
    }

    /// <summary>Unchanged: the same content in the same role.</summary>
    public static bool Same(SourceLeaf s, WordLeaf w) => s.Kind switch
    {
        LeafKind.TableRow => s.Cells.Count == w.Cells.Count && s.Cells.Zip(w.Cells).All(c => c.First.SequenceEqual(c.Second)),
        LeafKind.Heading => w.Kind == LeafKind.Heading && w.Level == s.WordLevel && s.Segments.SequenceEqual(w.Segments),
        LeafKind.ListItem => w.Kind == LeafKind.ListItem && w.Level == s.Level && w.Ordered == s.Ordered && s.Segments.SequenceEqual(w.Segments),
        LeafKind.ThematicBreak => true,
        _ => s.Kind == w.Kind && s.Segments.SequenceEqual(w.Segments),
    };

    private static int Family(LeafKind kind) => kind switch
    {
        LeafKind.Paragraph or LeafKind.Quote or LeafKind.ListContinuation => 0,
        LeafKind.Heading => 1,
        LeafKind.ListItem => 2,
        LeafKind.TableRow => 3,
        LeafKind.Image => 4,
        _ => 5,
    };
}
