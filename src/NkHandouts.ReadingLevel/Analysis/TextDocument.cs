using System.Text;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.ReadingLevel.Text;

namespace NkHandouts.ReadingLevel.Analysis;

public enum UnitKind
{
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

/// <summary>
/// One run of text that sentences never cross: a heading, paragraph, list item or table cell. A heading or list
/// item without a full stop is therefore a sentence of its own and never merges with the next line.
/// </summary>
public sealed record TextUnit(string Text, UnitKind Kind, SourceLocation Source, int Section);

/// <summary>The text of one file as the analyzer reads it: units in reading order, section titles, source lines.</summary>
public sealed record TextDocument(
    string Path,
    string? Audience,
    IReadOnlyList<TextUnit> Units,
    IReadOnlyList<(string Title, SourceLocation Location)> Sections,
    IReadOnlyList<string> SourceLines,
    string? Language = null)
{
    /// <summary>The language the counting rules and formulas follow, from the BCP 47 tag (English when none).</summary>
    public ReadingLanguage ReadingLanguage => ReadingLanguages.FromTag(Language);

    /// <summary>
    /// What counts as text in an article: the front-matter title (as a heading), headings, paragraphs, list items,
    /// callouts and their titles, table cells, quotes and footnotes. Code blocks never reach the model; images'
    /// alt text is not printed body text and is left out. Sections follow level-1 and level-2 headings.
    /// </summary>
    public static TextDocument FromArticle(Article article, string sourceText)
    {
        var lines = SplitLines(sourceText);
        var units = new List<TextUnit>();
        // The introduction is the body text before the first heading: it starts at the first block, not at line 1.
        var start = article.Blocks.Count > 0 ? article.Blocks[0].Source : new SourceLocation(article.Path, 1, 1);
        var sections = new List<(string, SourceLocation)> { ("Introduction", start) };
        var titleLine = FindFrontMatterLine(lines, "title:");
        units.Add(new TextUnit(article.Metadata.Title, UnitKind.Heading, new SourceLocation(article.Path, titleLine, 1), 0));
        var walker = new BlockWalker(units, sections);
        foreach (var block in article.Blocks)
        {
            walker.Walk(block);
        }

        foreach (var footnote in article.Footnotes)
        {
            walker.Walk(footnote);
        }

        return new TextDocument(article.Path, article.Metadata.Audience, units, sections, lines, article.Metadata.Language);
    }

    /// <summary>
    /// Plain text: paragraphs are separated by blank lines; a line opening with a list marker (-, *, •, 1., 1.1.,
    /// a)) starts a unit of its own; so does a heading-like line (a '#' line, or a short line without closing
    /// punctuation followed by a capitalised line), which also starts a section.
    /// </summary>
    public static TextDocument FromPlainText(string path, string text, string? language = null)
    {
        var lines = SplitLines(text);
        var units = new List<TextUnit>();
        // The introduction starts where the text does, not at line 1 (leading blank lines, a title block).
        var firstText = lines.FindIndex(l => l.Trim().Length > 0) + 1;
        var sections = new List<(string, SourceLocation)> { ("Introduction", new SourceLocation(path, Math.Max(1, firstText), 1)) };
        var current = new StringBuilder();
        var currentLine = 0;
        var currentKind = UnitKind.Paragraph;

        void Flush()
        {
            if (current.Length > 0)
            {
                units.Add(new TextUnit(current.ToString(), currentKind, new SourceLocation(path, currentLine, 1), sections.Count - 1));
                current.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var lineNo = i + 1;
            var next = i + 1 < lines.Count ? lines[i + 1].Trim() : "";

            // A line break inside a paragraph is not a sentence end: only the first line of a paragraph (after a
            // blank line) may be a heading, and only when it is clearly shorter than the line after it — in
            // hard-wrapped text (licences, ALL-CAPS notices) every line is about as long as the next.
            var opensParagraph = i == 0 || lines[i - 1].Trim().Length == 0;
            if (line.StartsWith('#') || (opensParagraph && line.Length <= next.Length * 0.6 && LooksLikeHeading(line, next, current.Length == 0)))
            {
                Flush();
                var title = line.TrimStart('#').Trim();
                sections.Add((title, new SourceLocation(path, lineNo, 1)));
                units.Add(new TextUnit(title, UnitKind.Heading, new SourceLocation(path, lineNo, 1), sections.Count - 1));
                continue;
            }

            if (StartsWithListMarker(line, out var markerLength))
            {
                Flush();
                currentKind = UnitKind.ListItem;
                currentLine = lineNo;
                current.Append(line[markerLength..].TrimStart());
                continue;
            }

            if (current.Length == 0)
            {
                currentKind = UnitKind.Paragraph;
                currentLine = lineNo;
            }
            else
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush();
        return new TextDocument(path, null, units, sections, lines, language);
    }

    private static bool LooksLikeHeading(string line, string next, bool startsUnit)
    {
        if (!startsUnit || next.Length == 0 || line.Length > 80 || !char.IsUpper(next[0]) && !char.IsAsciiDigit(next[0]))
        {
            return false;
        }

        var last = line[^1];
        if (last is '.' or '!' or '?' or ',' or ';' or ':' or '"' or '\'' or '’' or '”' or ')' || char.IsLower(next[0]))
        {
            return false;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;
    }

    /// <summary>"- ", "* ", "• " are removed; numbers (1. 1.1. 2)) are left for the tokenizer, which skips them.</summary>
    private static bool StartsWithListMarker(string line, out int length)
    {
        length = 0;
        if (line.Length >= 2 && line[0] is '-' or '*' or '•' or '–' && line[1] == ' ')
        {
            length = 2;
            return true;
        }

        var i = 0;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] == '.'))
        {
            i++;
        }

        var numbered = i > 0 && i < line.Length && (line[i - 1] == '.' || line[i] == ')') && char.IsAsciiDigit(line[0]);
        return numbered && i <= 12 && (line[i] == ' ' || (line[i] == ')' && i + 1 < line.Length && line[i + 1] == ' '));
    }

    private static List<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();

    private static int FindFrontMatterLine(IReadOnlyList<string> lines, string key)
    {
        for (var i = 1; i < lines.Count && lines[i].Trim() != "---"; i++)
        {
            if (lines[i].StartsWith(key, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>Inline text without code (inline code and code blocks are not prose); line breaks become spaces.</summary>
    private static string Plain(IReadOnlyList<Inline> inlines)
    {
        var sb = new StringBuilder();
        AppendPlain(sb, inlines);
        return sb.ToString();
    }

    private static void AppendPlain(StringBuilder sb, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t: sb.Append(t.Text); break;
                case EmphasisInline e: AppendPlain(sb, e.Children); break;
                case StrongInline s: AppendPlain(sb, s.Children); break;
                case LinkInline l: AppendPlain(sb, l.Children); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
    }

    private sealed class BlockWalker(List<TextUnit> units, List<(string, SourceLocation)> sections)
    {
        private int Section => sections.Count - 1;

        public void Walk(Block block)
        {
            switch (block)
            {
                case HeadingBlock h:
                    if (h.Level <= 2)
                    {
                        sections.Add((h.PlainText, h.Source));
                    }

                    Add(Plain(h.Inlines), UnitKind.Heading, h.Source);
                    break;
                case ParagraphBlock p:
                    Add(Plain(p.Inlines), UnitKind.Paragraph, p.Source);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        Walk(item);
                    }

                    break;
                case ListItemBlock item:
                    foreach (var child in item.Blocks)
                    {
                        if (child is ParagraphBlock p)
                        {
                            Add(Plain(p.Inlines), UnitKind.ListItem, p.Source);
                        }
                        else
                        {
                            Walk(child);
                        }
                    }

                    break;
                case QuoteBlock q:
                    foreach (var child in q.Blocks)
                    {
                        Walk(child);
                    }

                    break;
                case CalloutBlock c:
                    if (!string.IsNullOrWhiteSpace(c.Title))
                    {
                        Add(c.Title, UnitKind.Heading, c.Source);
                    }

                    foreach (var child in c.Blocks)
                    {
                        Walk(child);
                    }

                    break;
                case TableBlock t:
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            Add(Plain(cell.Inlines), UnitKind.TableCell, t.Source);
                        }
                    }

                    break;
                case FootnoteBlock f:
                    foreach (var child in f.Blocks)
                    {
                        Walk(child);
                    }

                    break;
                case ImageBlock or ThematicBreakBlock:
                    break; // no running text to judge (an image's alt text is not body text)
                default:
                    // A new block type must be judged, not skipped: its words would escape the reading check.
                    throw new NotSupportedException($"the reading-level check has no rule for {block.GetType().Name} ({block.Source})");
            }
        }

        private void Add(string text, UnitKind kind, SourceLocation source)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                units.Add(new TextUnit(text, kind, source, Section));
            }
        }
    }
}
