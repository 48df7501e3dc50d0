using NkHandouts.Diagnostics;
using NkHandouts.Import.Model;
using NkHandouts.Import.Writing;

namespace NkHandouts.Import;

/// <summary>A Word comment as a review remark: who, when, on what text, and where that text is in the Markdown.</summary>
public sealed record ReviewComment(string Author, string? Date, string Text, string Anchor, SourceLocation Location, string WordPlace);

/// <summary>A tracked change still pending in the document.</summary>
public sealed record PendingRevision(string Kind, string Author, string? Date, string Text, SourceLocation Location, string WordPlace);

/// <summary>What an import found: the article before and after, warnings, comments and pending revisions.</summary>
public sealed class ImportResult
{
    public required string DocumentPath { get; init; }

    public string? ArticlePath { get; init; }

    /// <summary>The article text before (empty for a new article) and after the import, line ends as in the file.</summary>
    public string OldText { get; init; } = "";

    public string NewText { get; init; } = "";

    public bool NewArticle { get; init; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<ReviewComment> Comments { get; } = [];

    public List<PendingRevision> Revisions { get; } = [];

    /// <summary>True when pending tracked changes stopped the import (--track-changes refuse).</summary>
    public bool Refused { get; init; }

    public int Changed { get; init; }

    public int Added { get; init; }

    public int Deleted { get; init; }

    public bool HasErrors => Refused || Diagnostics.Any(d => d.IsError);

    public string Diff
    {
        get
        {
            // As git prints an absolute path in a diff: "b/tmp/x.md", not "b//tmp/x.md".
            var name = (ArticlePath ?? "article.md").Replace('\\', '/').TrimStart('/');
            return UnifiedDiff.Of(OldText, NewText, NewArticle ? "/dev/null" : "a/" + name, "b/" + name);
        }
    }
}
