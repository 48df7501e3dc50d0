using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Import.Model;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Reading;

/// <summary>Lists the tracked changes (revisions) still pending in a document: who, when, what, and the paragraph.</summary>
internal static class RevisionFinder
{
    private static readonly string[] Formatting = ["rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange", "tblGridChange", "cellIns", "cellDel", "cellMerge"];

    public static IEnumerable<(Revision Revision, Paragraph? Paragraph)> Find(MainDocumentPart main)
    {
        foreach (var root in Roots(main))
        {
            foreach (var e in root.Descendants().ToList())
            {
                var kind = KindOf(e);
                if (kind is null)
                {
                    continue;
                }

                var author = e.GetAttributes().FirstOrDefault(a => a.LocalName == "author").Value ?? "unknown";
                var date = e.GetAttributes().FirstOrDefault(a => a.LocalName == "date").Value;
                var text = kind is RevisionKind.Deletion or RevisionKind.MoveFrom
                    ? string.Concat(e.Descendants<DeletedText>().Select(t => t.Text)) + string.Concat(e.Descendants<WText>().Select(t => t.Text))
                    : e.InnerText;
                var paragraph = e.Ancestors<Paragraph>().FirstOrDefault() ?? e.Ancestors<TableRow>().FirstOrDefault()?.Descendants<Paragraph>().FirstOrDefault();
                yield return (new Revision(kind.Value, author, date, text), paragraph);
            }
        }
    }

    public static IEnumerable<OpenXmlElement> Roots(MainDocumentPart main)
    {
        if (main.Document?.Body is { } body)
        {
            yield return body;
        }

        if (main.FootnotesPart?.Footnotes is { } notes)
        {
            yield return notes;
        }
    }

    /// <summary>What a revision element is; null for elements that are not revisions.</summary>
    public static RevisionKind? KindOf(OpenXmlElement e)
    {
        if (e.NamespaceUri != "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        {
            return null;
        }

        var markOnly = e.Parent is ParagraphMarkRunProperties or TableRowProperties;
        return e.LocalName switch
        {
            "ins" when markOnly => RevisionKind.ParagraphInserted,
            "del" when markOnly => RevisionKind.ParagraphDeleted,
            "ins" when e.Parent is RunProperties => null,
            "del" when e.Parent is RunProperties => null,
            "ins" => RevisionKind.Insertion,
            "del" => RevisionKind.Deletion,
            "moveFrom" => RevisionKind.MoveFrom,
            "moveTo" => RevisionKind.MoveTo,
            _ when Formatting.Contains(e.LocalName) => RevisionKind.Formatting,
            _ => null,
        };
    }
}
