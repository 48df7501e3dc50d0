using NkHandouts.Content;

namespace NkHandouts.Word.Styles;

/// <summary>
/// Style ids the writer refers to. They are Word's own ids for its built-in styles (Heading1, ListBullet, TOC1…), so
/// a reference document restyled in Word keeps them and the briefing picks the new look up by id.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string DocumentInfo = "DocumentInfo";
    public const string Summary = "Summary";
    public const string SourceNote = "SourceNote";
    public const string Disclaimer = "Disclaimer";
    public const string Quote = "Quote";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string Caption = "Caption";
    public const string TocHeading = "TOCHeading";
    public const string Hyperlink = "Hyperlink";
    public const string Strong = "Strong";
    public const string Emphasis = "Emphasis";
    public const string Code = "HTMLCode";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TableNormal = "TableNormal";
    public const string BriefingTable = "BriefingTable";
    public const string CalloutText = "CalloutText";
    public const string ThematicBreak = "ThematicBreak";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 3);

    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);

    /// <summary>The paragraph style of a callout's label line ("Myth", "Fact", "Key points"…).</summary>
    public static string CalloutLabel(CalloutKind kind) => kind switch
    {
        CalloutKind.Myth => "Myth",
        CalloutKind.Fact => "Fact",
        CalloutKind.KeyPoints => "KeyPoints",
        _ => "Callout",
    };

    /// <summary>The table style of a callout's one-cell box.</summary>
    public static string CalloutBox(CalloutKind kind) => CalloutLabel(kind) + "Box";

    public static readonly CalloutKind[] StyledCallouts = [CalloutKind.Myth, CalloutKind.Fact, CalloutKind.KeyPoints, CalloutKind.Note];
}
