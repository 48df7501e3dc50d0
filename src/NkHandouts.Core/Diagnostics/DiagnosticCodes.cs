namespace NkHandouts.Diagnostics;

/// <summary>
/// Every diagnostic code the project emits. NK1xx: content; NK2xx: templates; NK3xx: reading level;
/// NK4xx: rendering; NK9xx: I/O. Keep docs/errors.md in step with this list.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "NK001";
    public const string NotUtf8 = "NK002";
    public const string FileTooLarge = "NK003";

    public const string FrontMatterMissing = "NK101";
    public const string YamlSyntax = "NK102";
    public const string WrongType = "NK103";
    public const string MissingKey = "NK104";
    public const string UnknownKey = "NK105";
    public const string RawHtml = "NK106";
    public const string UnknownContainer = "NK107";
    public const string EmptyArticle = "NK108";
    public const string InvalidValue = "NK109";
    public const string UnsafeLink = "NK110";
    public const string NestingTooDeep = "NK111";
    public const string UnsafePath = "NK112";
    public const string DuplicateKey = "NK113";
    public const string HeadingLevel = "NK114";
    public const string UnsupportedMarkdown = "NK115";
    public const string MissingImage = "NK116";

    public const string TemplateMissing = "NK201";
    public const string TemplateFileMissing = "NK202";
    public const string InvalidColour = "NK203";
    public const string InvalidLength = "NK204";
    public const string ImpossibleMargins = "NK205";
    public const string LowContrast = "NK206";
    public const string UnknownTemplate = "NK207";
    public const string FontNotFound = "NK208";

    /// <summary>An article names a template made for another audience (e.g. clinician text in a patient leaflet).</summary>
    public const string AudienceNotServed = "NK230";

    public const string RenderFailed = "NK400";

    /// <summary>A template's Word reference document is corrupt, oversized or not a .docx.</summary>
    public const string ReferenceDocumentInvalid = "NK220";

    /// <summary>An image the Word briefing cannot embed (format other than PNG, JPEG or GIF, or unreadable).</summary>
    public const string BriefingImageUnsupported = "NK420";
    public const string MissingGlyph = "NK401";
    public const string LowResolutionImage = "NK402";
    public const string LayoutFailed = "NK403";
    public const string UnsupportedSvg = "NK404";

    /// <summary>A tri-fold panel's content does not fit the panel (the rest is left out).</summary>
    public const string PanelOverflow = "NK410";

    /// <summary>Tri-fold panel widths that do not add up to the sheet width.</summary>
    public const string PanelWidths = "NK209";
    /// <summary>An image or logo refused: corrupt, not PNG/JPEG/SVG, over the pixel limit, or an SVG with a DTD.</summary>
    public const string ImageRefused = "NK405";

    /// <summary>A leaflet that would run past the template's page limit.</summary>
    public const string TooManyPages = "NK406";
}
