using System.Text;

namespace NkHandouts.Import.Writing;

/// <summary>
/// Replaces or adds one key of the YAML front matter, leaving every other line as it was. Values are written plain
/// when YAML reads them back unchanged, double-quoted otherwise; long text folds (<c>&gt;-</c>) as the articles do.
/// </summary>
internal static class FrontMatterEditor
{
    public static TextEdit? Set(string text, string key, string value, int seq)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return null;
        }

        var lineStart = 4;
        while (lineStart <= close)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (text.AsSpan(lineStart).StartsWith(key + ":", StringComparison.Ordinal))
            {
                // The value runs on over indented lines (folded or block text).
                var end = lineEnd + 1;
                while (end <= close && end < text.Length && (text[end] == ' ' || text[end] == '\t'))
                {
                    end = text.IndexOf('\n', end) + 1;
                }

                return new TextEdit(lineStart, end, Line(key, value) + "\n", seq);
            }

            lineStart = lineEnd + 1;
        }

        return new TextEdit(close + 1, close + 1, Line(key, value) + "\n", seq);
    }

    public static string Line(string key, string value)
    {
        if (value.Length > 100 && !value.Contains('\n'))
        {
            var sb = new StringBuilder(key + ": >-");
            var line = new StringBuilder();
            foreach (var word in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + word.Length + 1 > 108)
                {
                    sb.Append("\n  ").Append(line);
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            sb.Append("\n  ").Append(line);
            return sb.ToString();
        }

        return key + ": " + Scalar(value);
    }

    private static string Scalar(string value)
    {
        var plain = value.Length > 0
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.Contains('\n')
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0 && value.Trim() == value
            && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && value is not ("true" or "false" or "null" or "yes" or "no" or "~");
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
