using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Text;
using Md = Markdig.Syntax;

namespace NkHandouts.Content;

/// <summary>Turns Markdig's syntax tree into the project's block model, with 1-based source locations.</summary>
internal sealed class BlockConverter
{
    private readonly string _path;
    private readonly ArticleLoadOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly InlineConverter _inlines;
    private readonly List<FootnoteBlock> _footnotes = [];
    private int _lastHeadingLevel = 1;

    public BlockConverter(string path, ArticleLoadOptions options, DiagnosticBag diagnostics)
    {
        _path = path;
        _options = options;
        _diagnostics = diagnostics;
        _inlines = new InlineConverter(path, diagnostics);
    }

    public (IReadOnlyList<Block> Blocks, IReadOnlyList<FootnoteBlock> Footnotes) Convert(MarkdownDocument document)
    {
        var blocks = ConvertAll(document, depth: 0);
        _footnotes.Sort((a, b) => a.Number.CompareTo(b.Number));
        return (blocks, _footnotes);
    }

    private SourceLocation At(Md.Block block) => new(_path, block.Line + 1, block.Column + 1);

    private List<Block> ConvertAll(ContainerBlock container, int depth)
    {
        var result = new List<Block>(container.Count);
        foreach (var child in container)
        {
            var converted = ConvertOne(child, depth);
            if (converted is not null)
            {
                result.Add(converted);
            }
        }

        return result;
    }

    private Block? ConvertOne(Md.Block block, int depth)
    {
        if (depth > _options.MaxNesting)
        {
            _diagnostics.Error(DiagnosticCodes.NestingTooDeep, At(block), $"lists, quotes or containers are nested more than {_options.MaxNesting} deep", "flatten the structure; patient material rarely needs more than two levels");
            return null;
        }

        switch (block)
        {
            case YamlFrontMatterBlock:
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                return null;
            case Md.HeadingBlock h:
                return Heading(h);
            case Md.ParagraphBlock p:
                return Paragraph(p);
            case Md.ListBlock l:
                return List(l, depth);
            case Md.QuoteBlock q:
                return new QuoteBlock(At(q), ConvertAll(q, depth + 1));
            case CustomContainer c:
                return Callout(c, depth);
            case Table t:
                return TableOf(t);
            case Md.ThematicBreakBlock tb:
                return new ThematicBreakBlock(At(tb));
            case HtmlBlock html:
                if (html.Type != HtmlBlockType.Comment)
                {
                    _diagnostics.Warning(DiagnosticCodes.RawHtml, At(html), "raw HTML is not passed through to leaflets or briefings; it was left out", "write it as Markdown, or use a '::: note' container");
                }

                return null;
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                {
                    _footnotes.Add(new FootnoteBlock(At(footnote), footnote.Order, ConvertAll(footnote, depth + 1)));
                }

                return null;
            case Md.CodeBlock code:
                // An empty fence has no line array at all (Lines.Lines is null): ToString copes with both.
                var codeText = code.Lines.ToString();
                return codeText.Length == 0 ? null : new ParagraphBlock(At(code), [new CodeInline(codeText)]);
            case ContainerBlock other:
                _diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, At(other), $"'{other.GetType().Name}' is not supported; its text is kept as plain paragraphs");
                var inner = ConvertAll(other, depth + 1);
                return inner.Count == 0 ? null : new QuoteBlock(At(other), inner);
            default:
                _diagnostics.Warning(DiagnosticCodes.UnsupportedMarkdown, At(block), $"'{block.GetType().Name}' is not supported and was left out");
                return null;
        }
    }

    private Block Heading(Md.HeadingBlock h)
    {
        var at = At(h);
        if (h.Level == 1)
        {
            _diagnostics.Warning(DiagnosticCodes.HeadingLevel, at, "a level-1 heading in the body: the title comes from the front matter, so sections start at '##'", "change '#' to '##'");
        }
        else if (h.Level > _lastHeadingLevel + 1)
        {
            _diagnostics.Warning(DiagnosticCodes.HeadingLevel, at, $"heading level jumps from {_lastHeadingLevel} to {h.Level}; screen readers and Word's navigation pane expect no skipped levels", $"use {new string('#', _lastHeadingLevel + 1)} here");
        }

        _lastHeadingLevel = h.Level;
        return new HeadingBlock(at, h.Level, _inlines.Convert(h.Inline));
    }

    private Block? Paragraph(Md.ParagraphBlock p)
    {
        var image = InlineConverter.LoneImage(p.Inline);
        if (image is not null)
        {
            return Image(p, image);
        }

        var inlines = _inlines.Convert(p.Inline);
        return inlines.Count == 0 ? null : new ParagraphBlock(At(p), inlines);
    }

    private Block? Image(Md.ParagraphBlock p, Markdig.Syntax.Inlines.LinkInline image)
    {
        var at = new SourceLocation(_path, image.Line + 1, image.Column + 1);
        var alt = InlineText.Of(_inlines.Convert(image));
        if (string.IsNullOrWhiteSpace(alt))
        {
            _diagnostics.Warning(DiagnosticCodes.InvalidValue, at, "image has no alt text; screen readers will skip it", "write a short description: ![A nurse explaining a leaflet](nurse.png)");
        }

        var root = _options.ContentRoot ?? Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
        var articleDir = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
        var url = image.Url ?? "";
        // Relative to the article, but it must stay inside the content root.
        var candidate = url.Contains("://", StringComparison.Ordinal) || Path.IsPathRooted(url) || url.Length == 0
            ? url
            : Path.GetRelativePath(root, Path.Combine(articleDir, url));
        var full = ProjectPath.Resolve(root, candidate, out var reason);
        if (full is null)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, at, $"image '{image.Url}' is refused: {reason}", "keep images in the content folder and link them with a relative path");
            return null;
        }

        if (!File.Exists(full))
        {
            _diagnostics.Error(DiagnosticCodes.MissingImage, at, $"image '{image.Url}' not found (looked for {full})", "check the file name and its case; paths are relative to the article");
            return null;
        }

        return new ImageBlock(At(p), full, alt.Trim(), image.Title);
    }

    private Block List(Md.ListBlock l, int depth)
    {
        var items = new List<ListItemBlock>(l.Count);
        foreach (var item in l.OfType<Md.ListItemBlock>())
        {
            items.Add(new ListItemBlock(At(item), ConvertAll(item, depth + 1)));
        }

        var start = l.IsOrdered && int.TryParse(l.OrderedStart, out var s) ? s : 1;
        return new ListBlock(At(l), l.IsOrdered, start, items);
    }

    private Block? Callout(CustomContainer c, int depth)
    {
        var at = At(c);
        var name = c.Info ?? "";
        if (!CalloutKinds.ByName.TryGetValue(name, out var kind))
        {
            var closest = KeySuggester.Closest(name, CalloutKinds.ByName.Keys);
            _diagnostics.Warning(DiagnosticCodes.UnknownContainer, at, $"unknown container '::: {name}'; its content is kept as a note",
                closest is null ? $"known containers: {string.Join(", ", CalloutKinds.ByName.Keys)}" : $"did you mean '::: {closest}'?");
            kind = CalloutKind.Note;
        }

        var title = string.IsNullOrWhiteSpace(c.Arguments) ? null : c.Arguments.Trim();
        return new CalloutBlock(at, kind, title, ConvertAll(c, depth + 1));
    }

    private Block TableOf(Table t)
    {
        var rows = new List<TableRow>(t.Count);
        foreach (var row in t.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var cells = new List<TableCell>(row.Count);
            foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
            {
                var inlines = new List<Inline>();
                foreach (var p in cell.OfType<Md.ParagraphBlock>())
                {
                    if (inlines.Count > 0)
                    {
                        inlines.Add(new LineBreakInline());
                    }

                    inlines.AddRange(_inlines.Convert(p.Inline));
                }

                cells.Add(new TableCell(inlines));
            }

            rows.Add(new TableRow(row.IsHeader, cells));
        }

        var alignments = t.ColumnDefinitions.Select(d => d.Alignment switch
        {
            Markdig.Extensions.Tables.TableColumnAlign.Left => TableAlignment.Left,
            Markdig.Extensions.Tables.TableColumnAlign.Center => TableAlignment.Center,
            Markdig.Extensions.Tables.TableColumnAlign.Right => TableAlignment.Right,
            _ => TableAlignment.Default,
        }).ToList();
        return new TableBlock(At(t), rows, alignments);
    }
}
