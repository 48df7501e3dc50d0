namespace NkHandouts.Import.Model;

/// <summary>What the importer read from a DOCX: its paragraphs as leaves, comments, pending revisions, properties.</summary>
public sealed class WordDocumentModel
{
    public List<WordLeaf> Leaves { get; } = [];

    public List<WordComment> Comments { get; } = [];

    public List<Revision> Revisions { get; } = [];

    /// <summary>Core and custom document properties by name (title, subject, description, creator, keywords,
    /// language, Version, ReviewBy, ArticlePath, SourceHash…).</summary>
    public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Text of the Title and Subtitle paragraphs, when the document has them.</summary>
    public string? TitleText { get; set; }

    public string? SubtitleText { get; set; }

    /// <summary>Text of the Summary paragraph (the front matter's summary, shown under the title).</summary>
    public string? SummaryText { get; set; }

    /// <summary>Text of an Author paragraph (pandoc and LibreOffice write one under the title of a document they made).</summary>
    public string? AuthorText { get; set; }

    /// <summary>Content that belongs to no paragraph the import reads (an embedded chunk, text in the page header or
    /// footer…), with the leaf it follows: warned, never dropped silently.</summary>
    public List<(WordLeaf? After, string What)> Outside { get; } = [];

    public bool MadeByNkHandouts => Properties.ContainsKey("ArticlePath") || Leaves.Any(l => l.Keys.Count > 0);
}

public sealed record WordComment(string Id, string Author, string? Date, string Text, string Anchor)
{
    /// <summary>The leaf the comment's range starts in.</summary>
    public WordLeaf? Leaf { get; set; }
}

public enum RevisionKind
{
    Insertion,
    Deletion,
    MoveFrom,
    MoveTo,
    Formatting,
    ParagraphInserted,
    ParagraphDeleted,
}

public sealed record Revision(RevisionKind Kind, string Author, string? Date, string Text)
{
    public WordLeaf? Leaf { get; set; }

    public string Describe => Kind switch
    {
        RevisionKind.Insertion => "insertion",
        RevisionKind.Deletion => "deletion",
        RevisionKind.MoveFrom => "moved away",
        RevisionKind.MoveTo => "moved here",
        RevisionKind.Formatting => "formatting change",
        RevisionKind.ParagraphInserted => "new paragraph",
        _ => "paragraph joined",
    };
}
