using NkHandouts.Diagnostics;
using NkHandouts.IO;

namespace NkHandouts.Import;

/// <summary>
/// Judges the article path a briefing records (its ArticlePath property). A returned .docx is edited outside the
/// project (and committed by whoever returns it), so the path is untrusted: an absolute path, a <c>..</c> escape or a
/// link out of the content folder would let <c>import --write</c> create or rewrite any file the user can write.
/// </summary>
internal static class RecordedArticle
{
    /// <summary>Null when <paramref name="recorded"/> names a Markdown file inside <paramref name="contentRoot"/>
    /// (relative to the current folder, as the build recorded it, or absolute); else why not.</summary>
    public static string? Refusal(string recorded, string? contentRoot)
    {
        var shown = Printable.Escape(recorded);
        if (contentRoot is null)
        {
            return $"the document says it was built from '{shown}', but there is no content folder here to hold it; nothing was read or written";
        }

        var root = Path.GetFullPath(contentRoot);
        var full = Path.GetFullPath(recorded);
        if (!ProjectPath.IsInside(root, full))
        {
            return $"the document says it was built from '{shown}', which is outside the content folder '{Printable.Escape(contentRoot)}'; nothing was read or written";
        }

        if (!full.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return $"the document says it was built from '{shown}', which is not a Markdown article (.md); nothing was read or written";
        }

        return ProjectPath.Resolve(root, Path.GetRelativePath(root, full), out var reason) is null
            ? $"the document says it was built from '{shown}': {reason}; nothing was read or written"
            : null;
    }
}
