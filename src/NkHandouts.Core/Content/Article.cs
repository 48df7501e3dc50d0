using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>
/// An article loaded from Markdown: typed metadata and format-neutral blocks. Immutable; renderers read it and never
/// change it, so one load can feed the reading-level check, the leaflet and the briefing at once.
/// </summary>
public sealed record Article(
    string Path,
    ArticleMetadata Metadata,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<FootnoteBlock> Footnotes)
{
    /// <summary>Base name for outputs: the file name without <c>.md</c> (e.g. <c>nk-cell-therapy-myths</c>).</summary>
    public string Slug
    {
        get
        {
            var name = System.IO.Path.GetFileName(Path);
            return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        }
    }

    /// <summary>Sections split at level-1 and level-2 headings; content before the first heading is the introduction.</summary>
    public IReadOnlyList<Section> Sections => Section.Split(Blocks);

    public SourceLocation Location => SourceLocation.FileOnly(Path);

    /// <summary>The Markdown text it was parsed from (BOM dropped, line ends LF); null for an article built in code.
    /// Block identities hash spans of it, so a briefing can be mapped back to the exact source.</summary>
    public string? SourceText { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the file's bytes as loaded; null when the article was parsed from text
    /// rather than read from its file.</summary>
    public string? SourceHash { get; init; }
}
