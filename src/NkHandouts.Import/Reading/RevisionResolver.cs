using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NkHandouts.Import.Model;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NkHandouts.Import.Reading;

/// <summary>
/// Applies every pending revision the way Word's "Accept All" or "Reject All" does, on the in-memory copy the
/// importer reads: insertions kept or dropped, deletions dropped or restored, joined paragraphs joined, formatting
/// changes kept or rolled back.
/// </summary>
internal static class RevisionResolver
{
    public static void Apply(MainDocumentPart main, bool accept)
    {
        foreach (var root in RevisionFinder.Roots(main).ToList())
        {
            // Paragraphs whose mark goes away are joined with the next one, after the runs are settled.
            var join = new List<Paragraph>();
            foreach (var e in root.Descendants().ToList())
            {
                if (e.Parent is null && e is not Body)
                {
                    continue; // removed with an ancestor
                }

                switch (RevisionFinder.KindOf(e))
                {
                    case RevisionKind.Insertion or RevisionKind.MoveTo:
                        if (accept) { Unwrap(e); } else { e.Remove(); }
                        break;
                    case RevisionKind.Deletion or RevisionKind.MoveFrom:
                        if (accept) { e.Remove(); } else { Restore(e); }
                        break;
                    case RevisionKind.ParagraphInserted or RevisionKind.ParagraphDeleted when e.Parent is TableRowProperties:
                        var row = e.Ancestors<TableRow>().First();
                        var rowGoes = accept == (RevisionFinder.KindOf(e) == RevisionKind.ParagraphDeleted);
                        e.Remove();
                        if (rowGoes)
                        {
                            row.Remove();
                        }

                        break;
                    case RevisionKind.ParagraphInserted or RevisionKind.ParagraphDeleted:
                        var markGoes = accept == (RevisionFinder.KindOf(e) == RevisionKind.ParagraphDeleted);
                        if (markGoes && e.Ancestors<Paragraph>().FirstOrDefault() is { } p)
                        {
                            join.Add(p);
                        }

                        e.Remove();
                        break;
                    case RevisionKind.Formatting:
                        if (!accept)
                        {
                            RollBack(e);
                        }

                        e.Remove();
                        break;
                }
            }

            foreach (var p in join)
            {
                Join(p, root);
            }
        }
    }

    private static void Unwrap(OpenXmlElement e)
    {
        foreach (var child in e.ChildElements.ToList())
        {
            child.Remove();
            e.InsertBeforeSelf(child);
        }

        e.Remove();
    }

    private static void Restore(OpenXmlElement e)
    {
        foreach (var deleted in e.Descendants<DeletedText>().ToList())
        {
            deleted.InsertAfterSelf(new WText(deleted.Text) { Space = SpaceProcessingModeValues.Preserve });
            deleted.Remove();
        }

        foreach (var code in e.Descendants<DeletedFieldCode>().ToList())
        {
            code.InsertAfterSelf(new FieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve });
            code.Remove();
        }

        Unwrap(e);
    }

    /// <summary>Puts back the properties a formatting revision recorded (bold removed, style changed…).</summary>
    private static void RollBack(OpenXmlElement change)
    {
        var previous = change.FirstChild;
        var owner = change.Parent;
        if (previous is null || owner is null)
        {
            return;
        }

        if (owner is RunProperties or ParagraphProperties)
        {
            foreach (var child in owner.ChildElements.Where(c => c != change && c is not ParagraphMarkRunProperties and not SectionProperties).ToList())
            {
                child.Remove();
            }

            foreach (var child in previous.ChildElements)
            {
                change.InsertBeforeSelf(child.CloneNode(true));
            }
        }
    }

    /// <summary>A paragraph whose mark was removed flows into the next paragraph (which keeps its own properties).
    /// An emptied paragraph simply disappears.</summary>
    private static void Join(Paragraph p, OpenXmlElement root)
    {
        var runs = p.ChildElements.Where(c => c is not ParagraphProperties).ToList();
        var next = root.Descendants<Paragraph>().SkipWhile(x => !ReferenceEquals(x, p)).Skip(1).FirstOrDefault();
        if (runs.Count > 0 && p.InnerText.Length > 0 && next is not null)
        {
            OpenXmlElement? after = next.ParagraphProperties;
            foreach (var run in runs)
            {
                run.Remove();
                if (after is null)
                {
                    next.PrependChild(run);
                }
                else
                {
                    after.InsertAfterSelf(run);
                }

                after = run;
            }
        }

        if (p.InnerText.Length == 0 || next is not null)
        {
            p.Remove();
        }
    }
}
