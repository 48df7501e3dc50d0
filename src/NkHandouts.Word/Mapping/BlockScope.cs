namespace NkHandouts.Word.Mapping;

/// <summary>Where blocks are being written: the part whose relationships links go to, the style of plain
/// paragraphs there (Normal, Callout Text, Quote, footnote text), the list nesting depth, and whether blocks get
/// content controls (not in footnotes: LibreOffice 7.4 writes a malformed footnotes part for them; a footnote is
/// identified by its number).</summary>
internal sealed record BlockScope(HyperlinkRegistry Links, string ParagraphStyle, int ListDepth = 0, bool InBox = false, bool Controls = true);
