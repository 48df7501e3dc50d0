namespace NkHandouts.Verify.Accessibility;

/// <summary>
/// The 87 failure conditions of the Matterhorn Protocol 1.1 that a machine can decide (the others need a person:
/// is the alt text right, is the reading order meaningful…), in our own words, with what this checker does about
/// each. <see cref="Covered"/> conditions are rules of <see cref="PdfUaCheck"/>; the rest say why they are out of
/// reach. docs/accessibility.md prints this table.
/// </summary>
public static class Matterhorn
{
    private const string FontProgram = "needs the embedded font program parsed (glyph tables); PdfPig exposes no such API and a partial TrueType/CFF parser here would be a second font engine to trust";

    public static readonly IReadOnlyList<Condition> Conditions =
    [
        C("01-003", "Content marked as Artifact is inside tagged content", "7.1-1"),
        C("01-004", "Tagged content is inside content marked as Artifact", "7.1-1"),
        C("01-005", "Content is neither marked as Artifact nor tagged (an MCID no structure element owns counts as untagged)", "7.1-2"),
        C("01-007", "The Suspects entry of MarkInfo is true", "7.1-11"),
        C("02-001", "A non-standard structure type's role mapping does not end at a standard type", "7.1-3"),
        C("02-002", "The role map has a circular mapping", "7.1-3"),
        C("02-003", "A standard structure type is remapped", "7.1-3"),
        C("06-001", "The document has no XMP metadata stream", "7.1-8"),
        C("06-002", "The XMP metadata has no PDF/UA identifier (pdfuaid:part)", "5"),
        C("06-003", "The XMP metadata has no dc:title", "7.1-8"),
        C("07-001", "ViewerPreferences has no DisplayDocTitle entry", "7.1-9"),
        C("07-002", "ViewerPreferences has DisplayDocTitle false", "7.1-9"),
        C("09-004", "Table structure elements break ISO 32000-1 Table 337 (Table > [Caption] THead/TBody/TFoot/TR > TH/TD)", "7.2-1"),
        C("09-005", "List structure elements break ISO 32000-1 Table 336 (L > LI/Caption/L, LI > Lbl/LBody)", "7.2-1"),
        C("09-006", "TOC structure elements break ISO 32000-1 Table 333 (TOC > TOCI/TOC)", "7.2-1"),
        C("09-007", "Ruby structure elements break ISO 32000-1 Table 338 (Ruby > RB, RT, RP)", "7.2-1"),
        C("09-008", "Warichu structure elements break ISO 32000-1 Table 338 (Warichu > WT, WP)", "7.2-1"),
        C("10-001", "A character code shown cannot be mapped to Unicode", "7.2-2"),
        C("11-001", "The natural language of page text cannot be determined", "7.2-3"),
        C("11-002", "The natural language of Alt, ActualText or E entries cannot be determined", "7.2-3"),
        C("11-003", "The natural language of outline entries cannot be determined", "7.2-3"),
        C("11-004", "The natural language of annotation Contents cannot be determined", "7.2-3"),
        C("11-005", "The natural language of a form field's TU cannot be determined", "7.2-3"),
        C("11-006", "The natural language of the document metadata cannot be determined", "7.2-3"),
        C("13-004", "A Figure has neither Alt nor ActualText", "7.3-3"),
        C("14-002", "Numbered headings are used but the first is not H1", "7.4.2-1"),
        C("14-003", "A numbered heading level is skipped (H3 right after H1)", "7.4.2-1"),
        C("14-006", "A structure element has more than one H child", "7.4.4-1"),
        C("14-007", "The document uses both H and H1-H6", "7.4.4-3"),
        C("15-003", "A TH has no Scope and the table does not use Headers/ID", "7.5-2"),
        C("17-002", "A Formula has no Alt", "7.7-1"),
        N("17-003", "Unicode mapping requirements are not met for a formula", "7.7-2", "decided by 10-001, which checks every character shown, formulas included; reporting it twice would only repeat the finding"),
        C("19-003", "A Note has no ID", "7.9-2"),
        C("19-004", "A Note's ID is not unique", "7.9-2"),
        C("20-001", "An optional content configuration in Configs has no or an empty Name", "7.10-1"),
        C("20-002", "The default optional content configuration (D) has no or an empty Name", "7.10-1"),
        C("20-003", "An optional content configuration has an AS entry", "7.10-2"),
        C("21-001", "An embedded file's file specification lacks F or UF", "7.11-1"),
        C("25-001", "The file has an XFA form with dynamicRender required", "7.15-1"),
        C("26-001", "The file is encrypted and its encryption dictionary has no P", "7.16-1"),
        C("26-002", "The file is encrypted and P does not allow assistive technology to extract content (bit 10)", "7.16-1"),
        C("28-002", "An annotation other than Widget, Link or PrinterMark is not the child of an Annot element", "7.18.1-2"),
        C("28-004", "An annotation other than Widget has neither Contents nor an Alt on its element", "7.18.1-4"),
        C("28-005", "A form field has neither TU nor an Alt on its element", "7.18.1-4"),
        C("28-006", "An annotation has a subtype ISO 32000-1 does not define", "7.18.2-1"),
        C("28-007", "A TrapNet annotation exists", "7.18.2-2"),
        C("28-008", "A page with annotations has no Tabs entry", "7.18.3-1"),
        C("28-009", "A page with annotations has Tabs other than S", "7.18.3-1"),
        C("28-010", "A Widget annotation is not inside a Form element", "7.18.4-1"),
        C("28-011", "A Link annotation is not inside a Link element (through an OBJR)", "7.18.5-1"),
        C("28-012", "A Link annotation has no Contents", "7.18.5-2"),
        C("28-014", "A media clip data dictionary has no CT", "7.18.6.2-1"),
        C("28-015", "A media clip data dictionary has no Alt", "7.18.6.2-1"),
        C("28-016", "A FileAttachment annotation's file specification lacks F or UF", "7.18.7-1"),
        C("28-017", "A PrinterMark annotation is in the structure tree", "7.18.8-1"),
        N("28-018", "A PrinterMark annotation's appearance stream is not marked as Artifact", "7.18.8-2", "needs every appearance stream's content parsed as marked content; PdfPig parses page content only. Our writer never makes PrinterMark annotations (crop marks are page content marked as artifacts, checked by 01-005)"),
        C("30-001", "A reference XObject is present", "7.20-1"),
        C("30-002", "A form XObject with MCIDs is painted more than once", "7.20-2"),
        C("31-001", "A Type 0 font with a non-Identity CMap has differing Registry values in its CIDSystemInfo dictionaries", "7.21.3.1-1"),
        C("31-002", "A Type 0 font with a non-Identity CMap has differing Ordering values in its CIDSystemInfo dictionaries", "7.21.3.1-1"),
        C("31-003", "A Type 0 font with a non-Identity CMap has a CIDFont Supplement lower than the CMap's", "7.21.3.1-1"),
        C("31-004", "A Type 2 CIDFont's CIDToGIDMap is neither a stream nor Identity", "7.21.3.2-1"),
        C("31-005", "A Type 2 CIDFont has no CIDToGIDMap", "7.21.3.2-1"),
        C("31-006", "A CMap is neither predefined (ISO 32000-1 Table 118) nor embedded", "7.21.3.3-1"),
        C("31-007", "An embedded CMap's WMode differs from the WMode in its stream", "7.21.3.3-1"),
        C("31-008", "A CMap uses another CMap that is not predefined", "7.21.3.3-2"),
        C("31-009", "A font used for rendering is not embedded", "7.21.4.1-1"),
        N("31-011", "An embedded font program lacks glyphs the text references", "7.21.4.1-3", FontProgram),
        N("31-012", "A Type 1 font's CharSet omits a glyph present in the font program", "7.21.4.2-1", FontProgram),
        N("31-013", "A Type 1 font's CharSet lists a glyph missing from the font program", "7.21.4.2-2", FontProgram),
        N("31-014", "A CID font's CIDSet omits a glyph present in the font program", "7.21.4.2-3", FontProgram),
        N("31-015", "A CID font's CIDSet lists a glyph missing from the font program", "7.21.4.2-4", FontProgram),
        N("31-016", "Glyph widths in the font dictionary and the font program differ by more than 1/1000", "7.21.5-1", FontProgram),
        N("31-017", "A non-symbolic TrueType font program has no non-symbolic cmap", "7.21.6-1", FontProgram),
        N("31-018", "A glyph of a non-symbolic TrueType font cannot be found through its cmaps", "7.21.6-2", FontProgram),
        C("31-019", "A non-symbolic TrueType font dictionary has no Encoding", "7.21.6-3"),
        C("31-020", "A non-symbolic TrueType font's Encoding dictionary has no BaseEncoding", "7.21.6-4"),
        C("31-021", "A non-symbolic TrueType font's encoding is neither MacRomanEncoding nor WinAnsiEncoding", "7.21.6-5"),
        N("31-022", "A non-symbolic TrueType font's Differences name glyphs outside the Adobe Glyph List", "7.21.6-6", "needs the Adobe Glyph List (4,500 names) shipped as data; our writer never writes Differences"),
        N("31-023", "Differences are present but the font program has no (3,1) cmap", "7.21.6-7", FontProgram),
        C("31-024", "A symbolic TrueType font dictionary has an Encoding entry", "7.21.6-8"),
        N("31-025", "A symbolic TrueType font program has no cmap", "7.21.6-9", FontProgram),
        N("31-026", "A symbolic TrueType font program has several cmaps but no (3,0)", "7.21.6-10", FontProgram),
        C("31-027", "A font has no ToUnicode and none of the exceptions applies", "7.21.7-1"),
        C("31-028", "A ToUnicode CMap maps a code to U+0000", "7.21.7-2"),
        C("31-029", "A ToUnicode CMap maps a code to U+FEFF or U+FFFE", "7.21.7-3"),
        C("31-030", "Text shows the .notdef glyph (checked for CID fonts with an Identity CIDToGIDMap, where CID 0 is .notdef)", "7.21.8-1"),
    ];

    public static IEnumerable<Condition> Covered => Conditions.Where(c => c.OutOfReach is null);

    private static Condition C(string id, string text, string clause) => new(id, text, "ISO 14289-1 " + clause, null);

    private static Condition N(string id, string text, string clause, string why) => new(id, text, "ISO 14289-1 " + clause, why);
}

/// <summary>A Matterhorn failure condition; <see cref="OutOfReach"/> says why the checker does not decide it, or is null.</summary>
public sealed record Condition(string Id, string Description, string Reference, string? OutOfReach);
