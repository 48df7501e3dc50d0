using DocumentFormat.OpenXml.Packaging;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Word.Mapping;

/// <summary>State shared while one briefing is written: numbering, images, bookmarks, headings for the table of
/// contents, and the diagnostics the mapping raises. Every counter starts at the same value for every build.</summary>
internal sealed class BriefingContext(MainDocumentPart main, Template template, ListNumbering lists, int textWidthTwips, DiagnosticBag diagnostics, ContentControls controls)
{
    private int _bookmarks;
    private int _drawings;
    private int _lastHeadingLevel;

    public MainDocumentPart Main { get; } = main;
    public Template Template { get; } = template;
    public ListNumbering Lists { get; } = lists;
    public int TextWidthTwips { get; } = textWidthTwips;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    public HyperlinkRegistry MainLinks { get; } = new(main);
    public ContentControls Controls { get; } = controls;
    public ImageWriter Images { get; } = new(main);
    public List<TocEntry> Headings { get; } = [];

    public int NextBookmarkId() => _bookmarks++;

    public uint NextDrawingId() => (uint)++_drawings;

    /// <summary>Word heading level for a Markdown heading: <c>##</c> is Heading 1 (the title is the front matter's),
    /// and a level never jumps more than one below the previous heading, so the navigation pane stays a tree.</summary>
    public int WordHeadingLevel(HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level - 1, 1, 3);
        level = Math.Min(level, _lastHeadingLevel + 1);
        _lastHeadingLevel = level;
        return level;
    }
}

/// <summary>A heading the table of contents links to.</summary>
internal sealed record TocEntry(int Level, string Text, string Bookmark);
