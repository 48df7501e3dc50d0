using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>Checkpoint 28: every annotation belongs to the right structure element through an OBJR, describes
/// itself (Contents, TU or Alt), and pages with annotations set /Tabs /S.</summary>
internal static class AnnotationRules
{
    private static readonly HashSet<string> Defined = new(StringComparer.Ordinal)
    {
        "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly",
        "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Sound", "Movie", "Widget", "Screen", "PrinterMark",
        "TrapNet", "Watermark", "3D",
    };

    public static void Run(PdfInspection pdf, Findings findings)
    {
        var owners = new Dictionary<IndirectReference, StructureElement>();
        foreach (var e in pdf.Structure.All())
        {
            foreach (var o in e.Objects)
            {
                owners.TryAdd(o, e);
            }
        }

        foreach (var page in pdf.Pages)
        {
            var annots = pdf.Array(page.Dictionary, "Annots")?.Data ?? [];
            if (annots.Count == 0)
            {
                continue;
            }

            var tabs = pdf.Name(page.Dictionary, "Tabs");
            if (tabs is null)
            {
                findings.Fail("28-008", "the page has annotations but no /Tabs entry (it must be /S, structure order)", page.Number);
            }
            else if (tabs != "S")
            {
                findings.Fail("28-009", $"the page has annotations and /Tabs /{tabs}; it must be /S (structure order)", page.Number);
            }

            for (var i = 0; i < annots.Count; i++)
            {
                if (pdf.Resolve(annots[i]) is DictionaryToken annot)
                {
                    Annotation(pdf, findings, page, annot, (annots[i] as IndirectReferenceToken)?.Data, owners, i);
                }
            }
        }
    }

    private static void Annotation(PdfInspection pdf, Findings findings, PdfPageRef page, DictionaryToken annot, IndirectReference? self, Dictionary<IndirectReference, StructureElement> owners, int index)
    {
        var subtype = pdf.Name(annot, "Subtype") ?? "";
        var where = $"annotation {index + 1} ({subtype})";
        var owner = self is { } r && owners.TryGetValue(r, out var o) ? o : null;
        var hidden = pdf.Get(annot, "F") is NumericToken f && (f.Int & 2) != 0;
        if (!Defined.Contains(subtype))
        {
            findings.Fail("28-006", $"annotation subtype '{subtype}' is not defined in ISO 32000-1", page.Number, where);
        }

        switch (subtype)
        {
            case "TrapNet":
                findings.Fail("28-007", "a TrapNet annotation is present", page.Number, where);
                return;
            case "PrinterMark":
                if (owner is not null)
                {
                    findings.Fail("28-017", "a PrinterMark annotation is in the structure tree", page.Number, owner.Path);
                }

                return;
            case "Popup":
                return;
        }

        if (hidden)
        {
            return;
        }

        var contents = pdf.Text(annot, "Contents");
        var alt = owner is null ? null : pdf.Text(owner.Dictionary, "Alt");
        if (subtype == "Widget")
        {
            if (owner?.Standard != "Form")
            {
                findings.Fail("28-010", $"a Widget annotation is not inside a Form element{(owner is null ? " (no OBJR points to it)" : $" but {owner.Standard}")}", page.Number, where);
            }

            var tu = pdf.Text(annot, "TU") ?? pdf.Text(pdf.Dict(annot, "Parent"), "TU");
            if (string.IsNullOrWhiteSpace(tu) && string.IsNullOrWhiteSpace(alt))
            {
                findings.Fail("28-005", "a form field has no TU and its element no Alt", page.Number, where);
            }

            return;
        }

        if (subtype == "Link")
        {
            if (owner?.Standard != "Link")
            {
                findings.Fail("28-011", $"a Link annotation is not inside a Link element{(owner is null ? " (no OBJR points to it)" : $" but {owner.Standard}")}", page.Number, where);
            }

            if (string.IsNullOrWhiteSpace(contents))
            {
                findings.Fail("28-012", "a Link annotation has no Contents describing where it goes", page.Number, where);
            }
        }
        else
        {
            if (owner?.Standard != "Annot")
            {
                findings.Fail("28-002", $"a {subtype} annotation is not the child of an Annot element", page.Number, where);
            }

            if (string.IsNullOrWhiteSpace(contents) && string.IsNullOrWhiteSpace(alt))
            {
                findings.Fail("28-004", $"a {subtype} annotation has no Contents and its element no Alt", page.Number, where);
            }
        }

        if (subtype == "FileAttachment" && pdf.Dict(annot, "FS") is { } fs && (!fs.Data.ContainsKey("F") || !fs.Data.ContainsKey("UF")))
        {
            findings.Fail("28-016", "a FileAttachment annotation's file specification lacks F or UF", page.Number, where);
        }
    }
}
