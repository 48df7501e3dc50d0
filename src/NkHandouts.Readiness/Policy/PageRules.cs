using NkHandouts.Diagnostics;

namespace NkHandouts.Readiness.Policy;

/// <summary>One rule id per measure (SARIF <c>ruleId</c>, docs/errors.md, docs/readiness.md).</summary>
public static class PageRules
{
    public const string BodySize = DiagnosticCodes.PageBodySize;
    public const string SmallestSize = DiagnosticCodes.PageSmallestSize;
    public const string HeadingSizes = DiagnosticCodes.PageHeadingSizes;
    public const string CharsPerLine = DiagnosticCodes.PageCharsPerLine;
    public const string WordsPerLine = DiagnosticCodes.PageWordsPerLine;
    public const string LineSpacing = DiagnosticCodes.PageLineSpacing;
    public const string Contrast = DiagnosticCodes.PageContrast;
    public const string Justified = DiagnosticCodes.PageJustified;
    public const string CapsRun = DiagnosticCodes.PageCapsRun;
    public const string Italic = DiagnosticCodes.PageItalic;
    public const string EmptyPage = DiagnosticCodes.PageEmpty;
    public const string WordsBetweenHeadings = DiagnosticCodes.PageWordsBetweenHeadings;

    public static readonly IReadOnlyList<(string Id, string Name, string Description)> All =
    [
        (BodySize, "BodyTextTooSmall", "The size most of a page's text is set in is below the audience's minimum."),
        (SmallestSize, "TextTooSmall", "Some text (footers, notes, labels) is smaller than the audience's minimum for any text."),
        (HeadingSizes, "HeadingSizes", "Heading sizes found on the page (measured, reported)."),
        (CharsPerLine, "LineLength", "Body lines are too long or too short: the 90th percentile of characters per line (what a full line holds) is outside the range."),
        (WordsPerLine, "WordsPerLine", "Words per body line (measured, reported)."),
        (LineSpacing, "LineSpacing", "Body lines are set closer than the minimum baseline distance."),
        (Contrast, "LowContrast", "A text colour on the fill under it is below the WCAG 2.2 contrast minimum (4.5:1, large text 3:1)."),
        (Justified, "JustifiedText", "Body text is justified (flush right) where ragged right is required."),
        (CapsRun, "AllCapsRun", "A run of words in capitals longer than allowed."),
        (Italic, "ItalicShare", "Too large a share of the page is set in italics."),
        (EmptyPage, "PageTooEmpty", "Too much of the page's text area is empty (the last page is exempt)."),
        (WordsBetweenHeadings, "LongSection", "Too many words run without a heading."),
    ];
}
