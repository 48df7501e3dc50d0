namespace NkHandouts.Import.Matching;

/// <summary>How alike two texts are: 2 × common words (in order) ÷ all words, from 0 to 1.</summary>
internal static class Similarity
{
    public static double Words(string a, string b)
    {
        var x = Split(a);
        var y = Split(b);
        if (x.Length == 0 && y.Length == 0)
        {
            return 1;
        }

        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        // Long paragraphs: compare in bounded memory (two rows).
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = string.Equals(x[i - 1], y[j - 1], StringComparison.OrdinalIgnoreCase)
                    ? previous[j - 1] + 1
                    : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return 2.0 * previous[y.Length] / (x.Length + y.Length);
    }

    private static string[] Split(string s) => s.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
