using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Import.Model;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Reading;

/// <summary>
/// Reads a paragraph's runs into segments: character styles and direct bold/italic, monospace fonts as code,
/// hyperlinks (elements and HYPERLINK fields), breaks, footnote references. Whatever has no Markdown form (a
/// picture inside text, a text box, an equation) is noted for a warning, and its text kept.
/// </summary>
internal sealed class RunReader(StyleMap styles, OpenXmlPart part, IReadOnlyDictionary<long, int> notes)
{
    private readonly List<Segment> _segments = [];
    private readonly List<UnmappedPart> _unmappable = [];
    private readonly List<string> _comments = [];
    private string? _fieldLink;
    private bool _inFieldCode;
    private string _fieldInstruction = "";

    public static (List<Segment> Segments, List<UnmappedPart> Unmappable, List<string> Comments, List<DW.DocProperties> Pictures) Read(Paragraph paragraph, StyleMap styles, OpenXmlPart part, IReadOnlyDictionary<long, int> notes)
    {
        var reader = new RunReader(styles, part, notes);
        var pictures = new List<DW.DocProperties>();
        reader.Children(paragraph, null, pictures);
        return (Segments.Normalize(reader._segments), reader._unmappable, reader._comments, pictures);
    }

    private void Children(OpenXmlElement parent, string? link, List<DW.DocProperties> pictures)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                case BookmarkStart:
                case BookmarkEnd:
                case ProofError:
                case CommentRangeEnd:
                    break;
                case CommentRangeStart start:
                    _comments.Add(start.Id?.Value ?? "");
                    break;
                case Run run:
                    Run(run, link ?? _fieldLink, pictures);
                    break;
                case Hyperlink h:
                    Children(h, Allowed(LinkOf(h)) ?? link, pictures);
                    break;
                case SimpleField field:
                    Field(field.Instruction?.Value);
                    Children(field, Allowed(HyperlinkTarget(field.Instruction?.Value)) ?? link, pictures);
                    break;
                case DeletedRun:
                case MoveFromRun:
                    break; // revisions are resolved before reading; what is left of a deletion is not text
                case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                    _unmappable.Add($"an equation (\"{Short(child.InnerText)}\")");
                    _segments.Add(new Segment(SegmentKind.Text, child.InnerText));
                    break;
                default:
                    // ins, moveTo, smartTag, customXml, sdt run content: their runs count.
                    Children(child, link, pictures);
                    break;
            }
        }
    }

    private void Run(Run run, string? link, List<DW.DocProperties> pictures)
    {
        var rPr = run.RunProperties;
        var (bold, italic, mono) = styles.RunLook(rPr?.RunStyle?.Val?.Value);
        if (rPr?.Bold is { } b)
        {
            bold = b.Val is null || b.Val.Value;
        }

        if (rPr?.Italic is { } i)
        {
            italic = i.Val is null || i.Val.Value;
        }

        mono |= StyleMap.IsMonospace(rPr?.RunFonts?.Ascii?.Value);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Begin:
                    _inFieldCode = true;
                    _fieldInstruction = "";
                    break;
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Separate:
                    _inFieldCode = false;
                    _fieldLink = Allowed(HyperlinkTarget(_fieldInstruction));
                    Field(_fieldInstruction);
                    break;
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.End:
                    _inFieldCode = false;
                    _fieldLink = null;
                    break;
                case FieldCode code:
                    _fieldInstruction += code.Text;
                    break;
                case WText t when !_inFieldCode:
                    Add(t.Text, bold, italic, mono, link);
                    break;
                case TabChar or PositionalTab:
                    Add(" ", bold, italic, mono, link);
                    break;
                case NoBreakHyphen:
                    Add("-", bold, italic, mono, link);
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                    _segments.Add(Segment.Break);
                    break;
                case CarriageReturn:
                    _segments.Add(Segment.Break);
                    break;
                case FootnoteReference f when f.Id?.Value is { } id && notes.TryGetValue(id, out var number):
                    _segments.Add(new Segment(SegmentKind.FootnoteReference, "", Footnote: number));
                    break;
                case EndnoteReference e:
                    _unmappable.Add($"an endnote (endnote {e.Id?.Value})");
                    break;
                case CommentReference:
                    break;
                case Drawing drawing:
                    Drawing(drawing, pictures);
                    break;
                case Picture or EmbeddedObject:
                    _unmappable.Add(child.Descendants().Any(d => d.LocalName == "txbxContent")
                        ? $"a text box (\"{Short(child.InnerText)}\")"
                        : "a picture or object in the old VML format");
                    if (child.InnerText.Length > 0)
                    {
                        _segments.Add(new Segment(SegmentKind.Text, " " + child.InnerText + " "));
                    }

                    break;
                case SymbolChar sym:
                    _unmappable.Add($"a symbol character ({sym.Font?.Value} {sym.Char?.Value})");
                    break;
            }
        }
    }

    private void Drawing(Drawing drawing, List<DW.DocProperties> pictures)
    {
        var text = string.Join(" ", drawing.Descendants().Where(d => d.LocalName == "txbxContent").Select(t => t.InnerText));
        if (text.Length > 0)
        {
            _unmappable.Add($"a text box (\"{Short(text)}\")");
            _segments.Add(new Segment(SegmentKind.Text, " " + text + " "));
            return;
        }

        if (drawing.Descendants<DW.DocProperties>().FirstOrDefault() is { } docPr)
        {
            pictures.Add(docPr);
        }
    }

    /// <summary>A field other than a hyperlink (DATE, PAGE, REF, a formula…) shows a result Word recomputes; Markdown
    /// has no fields, so the result is kept as the text it showed when saved, and said so.</summary>
    private void Field(string? instruction)
    {
        var name = instruction?.Trim().Split(' ', 2)[0] ?? "";
        if (name.Length > 0 && HyperlinkTarget(instruction) is null && !name.Equals("HYPERLINK", StringComparison.OrdinalIgnoreCase))
        {
            _unmappable.Add($"a {Short(name.ToUpperInvariant())} field");
        }
    }

    private void Add(string text, bool bold, bool italic, bool mono, string? link) =>
        _segments.Add(new Segment(SegmentKind.Text, text, bold, italic, mono, link));

    /// <summary>The address when an article may hold it (the loader's rule, NK110); else null, and a warning: a link
    /// edited in Word to javascript:, file: or data: must not reach the Markdown (its text is kept).</summary>
    private string? Allowed(string? url)
    {
        if (url is null || Content.LinkAddress.Refusal(url) is not { } why)
        {
            return url;
        }

        _unmappable.Add(new UnmappedPart($"a link to '{Short(NkHandouts.Diagnostics.Printable.Escape(url))}'", $"is refused ({why})",
            $"an article may link only to http, https, mailto and tel addresses ({NkHandouts.Diagnostics.DiagnosticCodes.UnsafeLink}): link the text in the article to such an address if it needs one"));
        return null;
    }

    private string? LinkOf(Hyperlink h)
    {
        if (h.Id?.Value is not { } id)
        {
            return null; // an anchor inside the document: no target outside it
        }

        var rel = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
        return rel?.Uri.OriginalString;
    }

    /// <summary>The URL of a <c>HYPERLINK "url"</c> field instruction (LibreOffice and older Word write links so).</summary>
    private static string? HyperlinkTarget(string? instruction)
    {
        var text = instruction?.Trim() ?? "";
        if (!text.StartsWith("HYPERLINK", StringComparison.OrdinalIgnoreCase) || text.Contains("\\l", StringComparison.Ordinal))
        {
            return null;
        }

        var first = text.IndexOf('"');
        var last = first >= 0 ? text.IndexOf('"', first + 1) : -1;
        return first >= 0 && last > first ? text[(first + 1)..last] : text[9..].Trim();
    }

    internal static string Short(string s)
    {
        s = s.Trim();
        return s.Length <= 40 ? s : s[..37] + "...";
    }
}
