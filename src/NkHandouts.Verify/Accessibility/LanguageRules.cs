using System.Text.RegularExpressions;
using System.Xml;
using NkHandouts.Verify.Reading;
using UglyToad.PdfPig.Tokens;

namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// Checkpoint 11: the natural language of every piece of text must be determinable — from the catalog's /Lang
/// (which covers everything), or else from a /Lang on the structure element (or an ancestor) that holds it.
/// </summary>
internal static partial class LanguageRules
{
    /// <param name="textOutsideArtifacts">Whether any page shows text outside an artifact (the page pass tells).</param>
    public static void Run(PdfInspection pdf, bool textOutsideArtifacts, Findings findings)
    {
        var lang = pdf.Text(pdf.Catalog, "Lang");
        if (lang is not null && IsLanguageTag(lang))
        {
            return;
        }

        var why = lang is null ? "the catalog has no /Lang" : $"the catalog's /Lang '{lang}' is not a language tag";
        var tree = pdf.Structure;

        var untold = tree.All().Where(e => e.Mcids.Count > 0 && !HasLanguage(pdf, e)).ToList();
        var unowned = tree.Root is null || (textOutsideArtifacts && tree.All().All(e => e.Mcids.Count == 0));
        if (untold.Count > 0 || unowned)
        {
            findings.Fail("11-001", $"{why} and {(untold.Count > 0 ? $"{untold.Count} element(s) with content have none of their own, first {untold[0].Path}" : "the text is not in the structure tree")}", where: "catalog");
        }

        var described = tree.All().FirstOrDefault(e => (e.Dictionary.Data.ContainsKey("Alt") || e.Dictionary.Data.ContainsKey("ActualText") || e.Dictionary.Data.ContainsKey("E")) && !HasLanguage(pdf, e));
        if (described is not null)
        {
            findings.Fail("11-002", $"{why} and the Alt/ActualText/E of {described.Path} has no language", where: described.Path);
        }

        if (pdf.Dict(pdf.Catalog, "Outlines") is { } outlines && outlines.Data.ContainsKey("First"))
        {
            findings.Fail("11-003", $"{why}, so the language of the bookmarks cannot be determined", where: "catalog /Outlines");
        }

        foreach (var page in pdf.Pages)
        {
            var annots = (pdf.Array(page.Dictionary, "Annots")?.Data ?? []).Select(pdf.Resolve).OfType<DictionaryToken>().ToList();
            if (annots.Any(a => pdf.Text(a, "Contents") is { Length: > 0 }))
            {
                findings.Fail("11-004", $"{why}, so the language of annotation Contents cannot be determined", page.Number);
            }

            if (annots.Any(a => pdf.Text(a, "TU") is not null || pdf.Text(pdf.Dict(a, "Parent"), "TU") is not null))
            {
                findings.Fail("11-005", $"{why}, so the language of form field descriptions (TU) cannot be determined", page.Number);
            }
        }

        if (!MetadataHasLanguage(DocumentRules.Xmp(pdf)))
        {
            findings.Fail("11-006", $"{why} and the XMP title/description carry no xml:lang other than x-default", where: "XMP");
        }
    }

    public static bool IsLanguageTag(string s) => LanguageTag().IsMatch(s);

    private static bool HasLanguage(PdfInspection pdf, StructureElement? e)
    {
        for (; e is not null; e = e.Parent)
        {
            if (pdf.Text(e.Dictionary, "Lang") is { } l && IsLanguageTag(l))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MetadataHasLanguage(XmlDocument? xml)
    {
        if (xml is null)
        {
            return true; // 06-001 already reports the missing metadata
        }

        var items = xml.GetElementsByTagName("li", "http://www.w3.org/1999/02/22-rdf-syntax-ns#").Cast<XmlElement>()
            .Where(li => li.ParentNode?.ParentNode?.NamespaceURI == DocumentRules.DcNamespace && li.ParentNode.LocalName == "Alt").ToList();
        return items.Count > 0 && items.All(li => li.GetAttribute("xml:lang") is { Length: > 0 } l && l != "x-default");
    }

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
