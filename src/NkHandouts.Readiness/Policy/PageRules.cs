namespace NkHandouts.Readiness.Policy;

/// <summary>One rule id per measure (SARIF <c>ruleId</c>, docs/errors.md, docs/readiness.md).</summary>
public static class PageRules
{
    public const string BodySize = "NK501";
    public const string SmallestSize = "NK502";
    public const string HeadingSizes = "NK503";
    public const string CharsPerLine = "NK504";
    public const string WordsPerLine = "NK505";
    public const string LineSpacing = "NK506";
    public const string Contrast = "NK507";
    public const string Justified = "NK508";
    public const string CapsRun = "NK509";
    public const string Italic = "NK510";
    public const string EmptyPage = "NK511";
    public const string WordsBetweenHeadings = "NK512";

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
