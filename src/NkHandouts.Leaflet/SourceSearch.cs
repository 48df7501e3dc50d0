using NkHandouts.Content;
using NkHandouts.Diagnostics;

namespace NkHandouts.Leaflet;

/// <summary>Points a rendering diagnostic at the first place in the source file where a character occurs, so a
/// warning about text says path:line:col like every other diagnostic.</summary>
public static class SourceSearch
{
    public static SourceLocation FirstOf(Article article, IEnumerable<int> codePoints)
    {
        var file = article.Location;
        if (article.SourceText is not { } text)
        {
            return file;
        }

        var first = codePoints.Select(cp => text.IndexOf(char.ConvertFromUtf32(cp), StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            return file;
        }

        var line = 1 + text.AsSpan(0, first).Count('\n');
        var lineStart = first == 0 ? -1 : text.LastIndexOf('\n', first - 1);
        return file with { Line = line, Column = first - lineStart };
    }
}
