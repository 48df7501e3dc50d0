using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Content;
using NkHandouts.Content.Identity;
using NkHandouts.Import.Model;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Reading;

/// <summary>
/// Reads a DOCX into leaves: every paragraph and table row of the body and the footnotes, classified by style and
/// numbering (by style name too, so documents from pandoc, LibreOffice or Word read the same), with the block keys of
/// the content controls around it, the callout box or table it sits in, and its comments.
/// </summary>
internal sealed class DocxReader
{
    private readonly WordprocessingDocument _document;
    private readonly StyleMap _styles;
    private readonly NumberingReader _numbering;
    private readonly WordDocumentModel _model = new();
    private readonly Dictionary<string, WordLeaf> _commentLeaves = new(StringComparer.Ordinal);
    private readonly Dictionary<Paragraph, WordLeaf> _leafOf = new(ReferenceEqualityComparer.Instance);
    private Paragraph? _skip;

    /// <summary>A box's label read from the paragraph just above its table (briefings write it there), for that table.</summary>
    private (CalloutKind Kind, string Text, List<BlockKey> Keys)? _label;

    /// <summary>Word footnote id → Markdown footnote number (order of first reference). Word keeps the ids the
    /// briefing wrote; LibreOffice renumbers them, so the order is what counts.</summary>
    private readonly Dictionary<long, int> _notes = [];
    /// <summary>The lines the build writes around the article (info line, disclaimer, source note), as read.</summary>
    private readonly List<string> _furnitureLines = [];
    private OpenXmlPart _part = null!;
    private string _partName = "body";
    private int _paragraphs;
    private int _callouts;
    private int _tables;

    private DocxReader(WordprocessingDocument document)
    {
        _document = document;
        var main = document.MainDocumentPart ?? throw new InvalidDataException("the file has no main document part: it is not a Word document");
        _styles = new StyleMap(main.StyleDefinitionsPart?.Styles);
        _numbering = new NumberingReader(main.NumberingDefinitionsPart?.Numbering, _styles, main.StyleDefinitionsPart?.Styles);
    }

    public static WordDocumentModel Read(WordprocessingDocument document)
    {
        var reader = new DocxReader(document);
        reader.ReadAll();
        return reader._model;
    }

    private void ReadAll()
    {
        var main = _document.MainDocumentPart!;
        foreach (var reference in main.Document?.Body?.Descendants<FootnoteReference>() ?? [])
        {
            if (reference.Id?.Value is { } id && !_notes.ContainsKey(id))
            {
                _notes[id] = _notes.Count + 1;
            }
        }

        _part = main;
        Blocks(main.Document?.Body, [], null);
        if (main.FootnotesPart?.Footnotes is { } notes)
        {
            _part = main.FootnotesPart;
            foreach (var note in notes.Elements<Footnote>().Where(n => n.Id?.Value is { } id && _notes.ContainsKey(id)))
            {
                _partName = "fn" + _notes[note.Id!.Value].ToString(System.Globalization.CultureInfo.InvariantCulture);
                (_paragraphs, _callouts, _tables) = (0, 0, 0);
                Blocks(note, [], null);
            }
        }

        Properties();
        Furniture(main);
        Comments(main);
        Revisions(main);
        for (var i = 0; i < _model.Leaves.Count; i++)
        {
            _model.Leaves[i].Index = i;
        }
    }

    private sealed record CalloutContext(int Index, CalloutKind Kind, string Label);

    private void Blocks(OpenXmlElement? parent, List<BlockKey> keys, CalloutContext? callout)
    {
        if (parent is null)
        {
            return;
        }

        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case SdtBlock sdt:
                    if (IsTableOfContents(sdt))
                    {
                        continue;
                    }

                    var props = sdt.SdtProperties;
                    var key = BlockKey.Parse(props?.GetFirstChild<Tag>()?.Val?.Value) ?? BlockKey.Parse(props?.GetFirstChild<SdtAlias>()?.Val?.Value);
                    Blocks(sdt.SdtContentBlock, key is null ? keys : [.. keys, key], callout);
                    break;
                case Paragraph p when ReferenceEquals(p, _skip):
                    _skip = null;
                    break;
                case Paragraph p when callout is null && LabelOfNextBox(p) is { } label:
                    _paragraphs++; // the label paragraph: furniture, not article text
                    _label = (label.Kind, label.Text, keys);
                    break;
                case Paragraph p:
                    Paragraph(p, keys, callout);
                    break;
                case Table t:
                    Table(t, keys, callout);
                    break;
                case CustomXmlBlock or SdtContentBlock:
                    Blocks(child, keys, callout);
                    break;
                case AltChunk:
                    // HTML, RTF or another document pasted in by a program: Word shows it, but it is no paragraph.
                    _model.Outside.Add((_model.Leaves.LastOrDefault(), "an embedded chunk of another document (altChunk) that Word shows as text"));
                    break;
                case SectionProperties or BookmarkStart or BookmarkEnd or ProofError or PermStart or PermEnd or CommentRangeStart or CommentRangeEnd:
                    break;
                default:
                    if (child.InnerText.Trim().Length > 0)
                    {
                        _model.Outside.Add((_model.Leaves.LastOrDefault(), $"text in a '{child.LocalName}' element (\"{RunReader.Short(child.InnerText)}\")"));
                    }

                    break;
            }
        }
    }

    /// <summary>The hash of the picture a drawing's <c>a:blip</c> embeds; null when it links to a file or names no part.</summary>
    private string? PictureHash(DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties picture)
    {
        var drawing = picture.Ancestors<Drawing>().FirstOrDefault();
        if (drawing?.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().FirstOrDefault()?.Embed?.Value is not { } id
            || !_part.Parts.Any(p => p.RelationshipId == id))
        {
            return null;
        }

        using var stream = _part.GetPartById(id).GetStream(FileMode.Open, FileAccess.Read);
        using var bytes = new MemoryStream(); // at most SafeArchive's part limit
        stream.CopyTo(bytes);
        return NkHandouts.Hashing.Sha256.Hex(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Contents", StringComparison.OrdinalIgnoreCase) == true) == true;

    private void Paragraph(Paragraph p, List<BlockKey> keys, CalloutContext? callout)
    {
        _paragraphs++;
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var (segments, unmappable, comments, pictures) = RunReader.Read(p, _styles, _part, _notes);
        bool Is(params string[] names) => _styles.Is(styleId, names);

        // Subtitle before title: pandoc's Subtitle style is based on its Title, so the chain of a subtitle holds both.
        if (Is("subtitle"))
        {
            _model.SubtitleText = Segments.PlainText(segments);
            return;
        }

        if (Is("title"))
        {
            _model.TitleText = Segments.PlainText(segments);
            return;
        }

        // Summary: ours; Abstract: the paragraph pandoc and LibreOffice write from a document's abstract.
        if (Is("summary", "abstract") && _partName == "body" && callout is null)
        {
            _model.SummaryText = Segments.PlainText(segments);
            return;
        }

        // The title-block lines pandoc and LibreOffice write from a document's metadata: front matter, not body text.
        if (Is("author") && _partName == "body" && callout is null)
        {
            _model.AuthorText ??= Segments.PlainText(segments);
            return;
        }

        if (Is("date") && _partName == "body" && callout is null && _model.Leaves.Count == 0)
        {
            return;
        }

        // Furniture the briefing adds around the article: the info line, the contents, the source note.
        if (Is("documentinfo", "tocheading", "toc1", "toc2", "toc3", "toc4", "contentsheading", "header", "footer", "sourcenote", "disclaimer"))
        {
            if (Is("documentinfo", "sourcenote", "disclaimer") && _partName == "body")
            {
                _furnitureLines.Add(p.OuterXml); // compared with the build's fingerprint: typed text here is warned about
            }

            return;
        }

        if (Is("caption") && _model.Leaves.Count > 0 && _model.Leaves[^1] is { Kind: LeafKind.Image } image)
        {
            // A picture's caption is the Markdown image's title: one leaf with it.
            var withCaption = new WordLeaf
            {
                Kind = LeafKind.Image,
                Segments = [.. image.Segments, Segment.Break, .. segments],
                Keys = image.Keys,
                Part = image.Part,
                Number = image.Number,
                StyleName = image.StyleName,
                Callout = image.Callout,
                CalloutKind = image.CalloutKind,
                CalloutLabel = image.CalloutLabel,
            };
            _model.Leaves[^1] = withCaption;
            foreach (var (para, owner) in _leafOf.Where(e => ReferenceEquals(e.Value, image)).ToList())
            {
                _leafOf[para] = withCaption;
            }

            _leafOf[p] = withCaption;
            Track(withCaption, comments);
            return;
        }

        var numbering = _numbering.Of(p);
        string? pictureHash = null;
        LeafKind kind;
        var level = 0;
        var ordered = false;
        var heading = HeadingLevel(styleId);
        if (heading > 0 && callout is null)
        {
            kind = LeafKind.Heading;
            level = heading;
        }
        else if (numbering is { } n)
        {
            kind = LeafKind.ListItem;
            level = n.Level;
            ordered = n.Ordered;
        }
        else if (Is("sectionbreakline", "thematicbreak", "horizontalline"))
        {
            kind = LeafKind.ThematicBreak;
        }
        else if (pictures.Count > 0 && segments.Count == 0)
        {
            kind = LeafKind.Image;
            pictureHash = PictureHash(pictures[0]);
            segments = [new Segment(SegmentKind.Text, pictures[0].Description?.Value ?? pictures[0].Title?.Value ?? "")];
        }
        else if (Is("listcontinue", "listcontinue2", "listparagraph"))
        {
            kind = LeafKind.ListContinuation;
        }
        else if (Is("quote", "blocktext", "intensequote", "quotations", "quotation", "blockquote"))
        {
            kind = LeafKind.Quote;
        }
        else if (callout is null && CalloutLabelKind(styleId) is not null)
        {
            // A label outside a box: a callout whose table Word or LibreOffice dissolved. Keep its words.
            kind = LeafKind.Paragraph;
        }
        else
        {
            kind = LeafKind.Paragraph;
        }

        if (pictures.Count > 0 && kind != LeafKind.Image)
        {
            unmappable.Add("a picture inside text");
        }

        if (segments.Count == 0 && kind is not (LeafKind.ThematicBreak or LeafKind.Image) && unmappable.Count == 0)
        {
            return; // an empty paragraph has no Markdown form and carries nothing
        }

        var leaf = new WordLeaf
        {
            Kind = kind,
            Level = level,
            Ordered = ordered,
            Segments = segments,
            Keys = [.. keys],
            Part = _partName,
            Number = _paragraphs,
            StyleName = _styles.NameOf(styleId),
            Callout = callout?.Index ?? -1,
            CalloutKind = callout?.Kind,
            CalloutLabel = callout?.Label,
            PictureHash = pictureHash,
        };
        leaf.Unmappable.AddRange(unmappable);
        _model.Leaves.Add(leaf);
        _leafOf[p] = leaf;
        Track(leaf, comments);
    }

    private void Track(WordLeaf leaf, List<string> comments)
    {
        foreach (var id in comments)
        {
            _commentLeaves.TryAdd(id, leaf);
            leaf.Comments.Add(id);
        }
    }

    private int HeadingLevel(string? styleId)
    {
        foreach (var key in _styles.Chain(styleId))
        {
            if (key.StartsWith("heading", StringComparison.Ordinal) && key.Length == 8 && char.IsAsciiDigit(key[7]))
            {
                return key[7] - '0';
            }
        }

        return 0;
    }

    /// <summary>The kind and text of a label paragraph (Myth, Fact… style) whose next block is a one-cell box table:
    /// the box's label, not article text. A label with no box after it (Word or LibreOffice dissolved the table) is
    /// read as a paragraph, so its words are kept.</summary>
    private (CalloutKind Kind, string Text)? LabelOfNextBox(Paragraph p)
    {
        if (CalloutLabelKind(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value) is not { } kind)
        {
            return null;
        }

        // The next block in reading order: out of the content control when the label ends it (LibreOffice
        // leaves the table after the control), into a control that starts with it.
        static bool IsBlock(OpenXmlElement e) => e is DocumentFormat.OpenXml.Wordprocessing.Paragraph or DocumentFormat.OpenXml.Wordprocessing.Table or SdtBlock;
        OpenXmlElement? next = null;
        for (OpenXmlElement? at = p; at is not null && next is null; at = at.Parent is SdtContentBlock { Parent: SdtBlock up } ? up : null)
        {
            next = at.ElementsAfter().FirstOrDefault(IsBlock);
        }

        while (next is SdtBlock sdt)
        {
            next = sdt.SdtContentBlock?.ChildElements.FirstOrDefault(IsBlock);
        }

        if (next is not DocumentFormat.OpenXml.Wordprocessing.Table table || table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).Count() != 1)
        {
            return null;
        }

        return (kind, Segments.PlainText(RunReader.Read(p, _styles, _part, _notes).Segments));
    }

    private CalloutKind? CalloutLabelKind(string? styleId)
    {
        foreach (var key in _styles.Chain(styleId))
        {
            switch (key)
            {
                case "myth": return CalloutKind.Myth;
                case "fact": return CalloutKind.Fact;
                case "keypoints": return CalloutKind.KeyPoints;
                case "callout": return CalloutKind.Note;
            }
        }

        return null;
    }

    private void Table(Table table, List<BlockKey> keys, CalloutContext? callout)
    {
        var styleId = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value;
        var cells = table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).ToList();
        var firstParagraph = cells.FirstOrDefault()?.Descendants<Paragraph>().FirstOrDefault();
        var labelKind = CalloutLabelKind(firstParagraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var boxStyle = _styles.Chain(styleId).Any(k => k.EndsWith("box", StringComparison.Ordinal));
        var above = _label;
        _label = null;
        if (cells.Count == 1 && above is { } outside)
        {
            // The label stood above the table (briefings since #16): the whole cell is the callout's content.
            // LibreOffice closes the callout's content control after the label and leaves the table outside it:
            // the label's keys are the box's.
            var context = new CalloutContext(_callouts++, outside.Kind, outside.Text);
            Blocks(cells[0], outside.Keys.Count > keys.Count ? outside.Keys : keys, context);
            return;
        }

        if (cells.Count == 1 && (labelKind is not null || boxStyle))
        {
            // The label is the cell's first paragraph (briefings written before #16 put it there).
            var label = firstParagraph is null ? "" : Segments.PlainText(RunReader.Read(firstParagraph, _styles, _part, _notes).Segments);
            var context = new CalloutContext(_callouts++, labelKind ?? CalloutKind.Note, label);
            var cell = cells[0];
            _paragraphs++; // the label paragraph: furniture, not article text
            _skip = firstParagraph;
            Blocks(cell, keys, context);
            _skip = null;
            return;
        }

        var tableIndex = _tables++;
        var columns = -1;
        var rowNumber = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            rowNumber++;
            var rowCells = new List<IReadOnlyList<Segment>>();
            var unmappable = new List<UnmappedPart>();
            var comments = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var content = new List<Segment>();
                foreach (var p in cell.Descendants<Paragraph>())
                {
                    var read = RunReader.Read(p, _styles, _part, _notes);
                    if (content.Count > 0 && read.Segments.Count > 0)
                    {
                        content.Add(Segment.Break);
                    }

                    content.AddRange(read.Segments);
                    unmappable.AddRange(read.Unmappable);
                    comments.AddRange(read.Comments);
                    if (read.Pictures.Count > 0)
                    {
                        unmappable.Add("a picture in a table cell");
                    }
                }

                if (cell.Descendants<Table>().Any())
                {
                    unmappable.Add("a table inside a table cell");
                }

                rowCells.Add(Segments.Normalize(content));
            }

            if (columns >= 0 && rowCells.Count != columns)
            {
                unmappable.Add($"row {rowNumber} has {rowCells.Count} cells where the table has {columns}");
            }

            columns = columns < 0 ? rowCells.Count : columns;
            var isHeader = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null || (rowNumber == 1 && table.Elements<TableRow>().Count() > 1 && HasHeaderLook(table));
            if (isHeader && rowCells.SelectMany(c => c).Where(x => x.Kind == SegmentKind.Text).All(x => x.Strong))
            {
                // The table style makes the header bold; LibreOffice writes that as direct bold on every run.
                rowCells = rowCells.Select(c => (IReadOnlyList<Segment>)Segments.Normalize(c.Select(x => x with { Strong = false }))).ToList();
            }

            _paragraphs++;
            var header = isHeader;
            var leaf = new WordLeaf
            {
                Kind = LeafKind.TableRow,
                Cells = rowCells,
                HeaderRow = header,
                Keys = [.. keys],
                Part = _partName,
                Number = _paragraphs,
                StyleName = _styles.NameOf(styleId),
                Table = tableIndex,
                Callout = callout?.Index ?? -1,
                CalloutKind = callout?.Kind,
                CalloutLabel = callout?.Label,
            };
            leaf.Unmappable.AddRange(unmappable);
            _model.Leaves.Add(leaf);
            foreach (var para in row.Descendants<Paragraph>())
            {
                _leafOf[para] = leaf;
            }

            Track(leaf, comments);
        }
    }

    private static bool HasHeaderLook(Table table) =>
        table.GetFirstChild<TableProperties>()?.TableLook is { } look && (look.FirstRow?.Value == true || (look.Val?.Value is { } v && v.Length >= 3 && (Convert.ToInt32(v, 16) & 0x20) != 0));

    private void Properties()
    {
        if (_document.CoreFilePropertiesPart is not null)
        {
            var p = _document.PackageProperties;
            Put("title", p.Title);
            Put("subject", p.Subject);
            Put("description", p.Description);
            Put("creator", p.Creator);
            Put("keywords", p.Keywords);
            Put("language", p.Language);
            Put("version", p.Version);
        }

        foreach (var prop in _document.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>() ?? [])
        {
            Put(prop.Name?.Value ?? "", prop.InnerText);
        }
    }

    /// <summary>Text outside the article that differs from what the build wrote (its fingerprints, the Furniture
    /// property): typed into the page header or footer, or into the lines around the article. None of it is imported,
    /// so it is said. Briefings written before the property have nothing to compare with.</summary>
    private void Furniture(MainDocumentPart main)
    {
        if (!_model.Properties.TryGetValue(FurnitureText.Property, out var recorded))
        {
            return;
        }

        var built = FurnitureText.Parse(recorded);
        (string Place, string Name, IEnumerable<string> Paragraphs)[] now =
        [
            ("header", "the page header", main.HeaderParts.SelectMany(h => h.Header?.Descendants<Paragraph>() ?? []).Select(p => p.OuterXml)),
            ("footer", "the page footer", main.FooterParts.SelectMany(f => f.Footer?.Descendants<Paragraph>() ?? []).Select(p => p.OuterXml)),
            ("notes", "the lines the build writes around the article (info line, disclaimer, source note)", _furnitureLines),
        ];
        foreach (var (place, name, paragraphs) in now)
        {
            if (!built.TryGetValue(place, out var hashes))
            {
                continue;
            }

            foreach (var text in paragraphs.Select(FurnitureText.Of).Where(t => t.Length > 0 && !hashes.Contains(FurnitureText.Hash(t))))
            {
                _model.Outside.Add((null, $"text typed in {name} (\"{RunReader.Short(text)}\")"));
            }
        }
    }

    private void Put(string name, string? value)
    {
        if (name.Length > 0 && !string.IsNullOrWhiteSpace(value))
        {
            _model.Properties[name] = value.Trim();
        }
    }

    private void Comments(MainDocumentPart main)
    {
        var comments = main.WordprocessingCommentsPart?.Comments;
        if (comments is null)
        {
            return;
        }

        var anchors = CommentAnchors.Collect(main.Document?.Body);
        foreach (var c in comments.Elements<Comment>())
        {
            var id = c.Id?.Value ?? "";
            var text = string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
            var comment = new WordComment(id, c.Author?.Value ?? "unknown", c.Date?.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), text, anchors.GetValueOrDefault(id, ""));
            comment.Leaf = _commentLeaves.GetValueOrDefault(id);
            _model.Comments.Add(comment);
        }
    }

    private void Revisions(MainDocumentPart main)
    {
        foreach (var (revision, paragraph) in RevisionFinder.Find(main))
        {
            revision.Leaf = paragraph is null ? null : _leafOf.GetValueOrDefault(paragraph) ?? Nearest(paragraph);
            _model.Revisions.Add(revision);
        }
    }

    /// <summary>A paragraph that made no leaf (emptied by a deletion): the leaf before it, in document order.</summary>
    private WordLeaf? Nearest(Paragraph paragraph)
    {
        WordLeaf? last = null;
        foreach (var p in _document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            if (ReferenceEquals(p, paragraph))
            {
                return last;
            }

            if (_leafOf.TryGetValue(p, out var leaf))
            {
                last = leaf;
            }
        }

        return last;
    }
}
