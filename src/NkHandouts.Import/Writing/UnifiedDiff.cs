using System.Text;

namespace NkHandouts.Import.Writing;

/// <summary>A unified diff (as <c>diff -u</c> and <c>git diff</c> print it) of two texts, by lines, 3 lines of context.</summary>
public static class UnifiedDiff
{
    public static string Of(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        if (oldText == newText)
        {
            return "";
        }

        var a = Lines(oldText);
        var b = Lines(newText);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - context);
            var end = i;
            // Extend the hunk while changes are within 2×context lines of each other.
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < ops.Count && ops[run].Kind == ' ')
                {
                    run++;
                }

                if (run == ops.Count || run - end > 2 * context)
                {
                    end = Math.Min(ops.Count, end + context);
                    break;
                }

                end = run;
            }

            var oldStart = ops[start].OldLine;
            var newStart = ops[start].NewLine;
            var oldCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '+');
            var newCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '-');
            sb.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            for (var k = start; k < end; k++)
            {
                sb.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
            }

            i = end;
        }

        return sb.ToString();
    }

    private static string Range(int start, int count) =>
        count == 1 ? (start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{(count == 0 ? start : start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)},{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return []; // a new file: no old line, not one empty line
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private readonly record struct Op(char Kind, string Text, int OldLine, int NewLine);

    /// <summary>Longest common subsequence of lines, after trimming the common head and tail (which is most of an
    /// article when a clinician changed a few paragraphs).</summary>
    private static List<Op> Diff(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var n = a.Length - head - tail;
        var m = b.Length - head - tail;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[head + i] == b[head + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<Op>();
        for (var k = 0; k < head; k++)
        {
            ops.Add(new Op(' ', a[k], k, k));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[head + x] == b[head + y])
            {
                ops.Add(new Op(' ', a[head + x], head + x, head + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(new Op('-', a[head + x], head + x, head + y));
                x++;
            }
            else
            {
                ops.Add(new Op('+', b[head + y], head + x, head + y));
                y++;
            }
        }

        for (var k = 0; k < tail; k++)
        {
            ops.Add(new Op(' ', a[head + n + k], head + n + k, head + m + k));
        }

        return ops;
    }
}
