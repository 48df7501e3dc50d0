namespace NkHandouts.ReadingLevel.Analysis;

/// <summary>
/// The <c>count</c> highest-scoring items, highest first, ties in input order: what
/// <c>OrderByDescending(score).ThenBy(index).Take(count)</c> returns, by a bounded selection instead of a sort of every
/// item. A 1,000-page article has ~50,000 sentences; LINQ's sort buffers all of them in arrays it rents from the shared
/// pool, which keeps them (about 3 MB) for the rest of the run, through the PDF read-back's memory peak.
/// </summary>
internal static class Hardest
{
    public static List<int> Indices(int items, Func<int, double> score, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var top = new List<(double Score, int Index)>(count + 1);
        for (var i = 0; i < items; i++)
        {
            var s = score(i);
            // After every kept item scoring at least as high (Comparer<double>.Default's order: NaN lowest, equal NaNs
            // equal), so an earlier item wins a tie, as with a stable sort.
            var at = top.Count;
            while (at > 0 && s.CompareTo(top[at - 1].Score) > 0)
            {
                at--;
            }

            if (at < count)
            {
                top.Insert(at, (s, i));
                if (top.Count > count)
                {
                    top.RemoveAt(count);
                }
            }
        }

        return top.ConvertAll(t => t.Index);
    }
}
