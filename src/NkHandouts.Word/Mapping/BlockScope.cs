namespace NkHandouts.Word.Mapping;

/// <summary>Where blocks are being written: the part whose relationships links go to, the style of plain
/// paragraphs there (Normal, Callout Text, Quote, footnote text) and the list nesting depth.</summary>
internal sealed record BlockScope(HyperlinkRegistry Links, string ParagraphStyle, int ListDepth = 0, bool InBox = false);
