namespace NkHandouts.Content;

/// <summary>Finds the YAML front matter between a leading <c>---</c> line and the next <c>---</c> or <c>...</c> line.</summary>
internal static class FrontMatter
{
    /// <summary>The YAML text, or null when the file does not start with front matter; <paramref name="endLine"/> is 1-based.</summary>
    public static string? Extract(string text, out int endLine)
    {
        endLine = 0;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return null;
        }

        var lineStart = 4;
        var line = 2;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var current = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (current is "---" or "...")
            {
                endLine = line;
                return text[4..lineStart];
            }

            lineStart = lineEnd + 1;
            line++;
        }

        endLine = -1; // opened but never closed
        return null;
    }
}
