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

    /// <summary>A built output fails a standard it claims (PDF/UA-1); the output is not written.</summary>
    public const string OutputNonConforming = "NK430";

    /// <summary>A leaflet that would run past the template's page limit.</summary>
    public const string TooManyPages = "NK406";

    // Round trip: `nkhandouts import` and the build's protection of edited briefings (docs/round-trip.md).

    /// <summary>Something in the Word document with no Markdown form (a picture, a text box, a new column…): not imported.</summary>
    public const string ImportUnmappable = "NK701";

    /// <summary>Tracked changes still pending in the document; accept or reject them first (--track-changes).</summary>
    public const string ImportTrackedChange = "NK702";

    /// <summary>The article changed since the briefing was built; blocks are matched by text and position.</summary>
    public const string ImportArticleChanged = "NK703";

    /// <summary>No article to import into: the briefing names none, or the file is missing.</summary>
    public const string ImportNoArticle = "NK704";

    /// <summary>The file is not a readable Word document.</summary>
    public const string ImportUnreadable = "NK705";

    /// <summary>A briefing in the output folder was edited after the build wrote it: not overwritten.</summary>
    public const string EditedOutput = "NK710";
    /// <summary>A print file converted an RGB colour to CMYK through its output profile (no print value given).</summary>
    public const string ColourConverted = "NK440";

    /// <summary>A print file needed a colour converted and LittleCMS (liblcms2) is not installed.</summary>
    public const string ColourEngineMissing = "NK441";
}
