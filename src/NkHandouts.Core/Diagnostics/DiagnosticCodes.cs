namespace NkHandouts.Diagnostics;

/// <summary>
/// Every diagnostic code the project emits, in numeric order (a test keeps this list, docs/errors.md and the
/// source in step: no code is written as a literal anywhere else).
/// </summary>
public static class DiagnosticCodes
{
    // NK0xx: Input files
    public const string FileUnreadable = "NK001";
    public const string NotUtf8 = "NK002";
    public const string FileTooLarge = "NK003";

    // NK1xx: Content (articles, front matter, Markdown)
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

    /// <summary>An article image without alt text: an error for patient templates (not built), a warning elsewhere.</summary>
    public const string ImageWithoutAlt = "NK117";

    /// <summary>A control character (ESC, BEL, …) in article text: no output can show it, and it could forge terminal output.</summary>
    public const string ControlCharacter = "NK118";

    /// <summary>Two articles (in different folders) would write outputs of the same name: neither is built.</summary>
    public const string OutputNameClash = "NK119";

    /// <summary>A symbolic link in the content folder that is not followed (a folder link, or a link pointing outside).</summary>
    public const string LinkNotFollowed = "NK120";

    /// <summary>The review date has passed: patient outputs are not written (unless --allow-expired).</summary>
    public const string ReviewExpired = "NK121";

    /// <summary>The review date is near (within 60 days).</summary>
    public const string ReviewDue = "NK122";

    /// <summary>A table wider than the template's limits.maxTableColumns: stacked (warning), or refused for patients.</summary>
    public const string TableTooWide = "NK123";

    /// <summary>A word longer than the template's limits.maxWordLength, which no line holds: a warning, or refused for patients.</summary>
    public const string WordTooLong = "NK124";

    /// <summary>Quotes, lists and boxes nested deeper than the template's limits.maxNestingDepth: set flat past it (warning), or refused for patients.</summary>
    public const string NestingPastLimit = "NK125";

    /// <summary>No furniture strings (labels, footer, dates) for the article's language, or a language's strings lack a key.</summary>
    public const string FurnitureStringsMissing = "NK130";

    /// <summary>A translation's source changed after the translation recorded its hash (warning; error by template policy).</summary>
    public const string TranslationStale = "NK131";

    /// <summary>The source a translation names (translationOf.path) is not there.</summary>
    public const string TranslationSourceMissing = "NK132";

    // NK2xx: Templates
    public const string TemplateMissing = "NK201";
    public const string TemplateFileMissing = "NK202";
    public const string InvalidColour = "NK203";
    public const string InvalidLength = "NK204";
    public const string ImpossibleMargins = "NK205";
    public const string LowContrast = "NK206";
    public const string UnknownTemplate = "NK207";
    public const string FontNotFound = "NK208";

    /// <summary>Tri-fold panel widths that do not add up to the sheet width.</summary>
    public const string PanelWidths = "NK209";

    /// <summary>A template's Word reference document is corrupt, oversized or not a .docx.</summary>
    public const string ReferenceDocumentInvalid = "NK220";

    /// <summary>An article names a template made for another audience (e.g. clinician text in a patient leaflet).</summary>
    public const string AudienceNotServed = "NK230";

    // NK3xx: Reading level
    /// <summary>Reading rules (NK301–NK306) are described by <c>ReadingRule</c> in the reading-level part.</summary>
    public const string ReadingGradeTooHigh = "NK301";
    public const string TooManyComplexWords = "NK302";
    public const string SentencesTooLong = "NK303";
    public const string HardSentence = "NK304";
    public const string Jargon = "NK305";
    public const string PassiveVoice = "NK306";

    // NK4xx: Rendering and output standards
    public const string RenderFailed = "NK400";
    public const string MissingGlyph = "NK401";
    public const string LowResolutionImage = "NK402";
    public const string LayoutFailed = "NK403";
    public const string UnsupportedSvg = "NK404";

    /// <summary>An image or logo refused: corrupt, not PNG/JPEG/SVG, over the pixel limit, or an SVG with a DTD.</summary>
    public const string ImageRefused = "NK405";

    /// <summary>A leaflet that would run past the template's page limit.</summary>
    public const string TooManyPages = "NK406";

    /// <summary>An article's footnotes are left out of a leaflet, which has no footnote area.</summary>
    public const string FootnotesLeftOut = "NK407";

    /// <summary>A tri-fold panel's content does not fit the panel (the rest is left out).</summary>
    public const string PanelOverflow = "NK410";

    /// <summary>An image the Word briefing cannot embed (format other than PNG, JPEG or GIF, or unreadable).</summary>
    public const string BriefingImageUnsupported = "NK420";

    /// <summary>A blank paragraph the Word briefing cannot avoid (a table right after a table, a box ending with a
    /// table): screen readers announce it as "blank".</summary>
    public const string BriefingBlankParagraph = "NK421";

    /// <summary>A built output fails a standard it claims (PDF/UA-1); the output is not written.</summary>
    public const string OutputNonConforming = "NK430";

    /// <summary>A print file converted an RGB colour to CMYK through its output profile (no print value given).</summary>
    public const string ColourConverted = "NK440";

    /// <summary>A print file needed a colour converted and LittleCMS (liblcms2) is not installed.</summary>
    public const string ColourEngineMissing = "NK441";

    /// <summary>A patient leaflet in a script the layout cannot print yet (right-to-left, or one that needs shaping).</summary>
    public const string ScriptNotSupported = "NK450";

    /// <summary>A patient leaflet with Chinese, Japanese or Korean text and no font that has it.</summary>
    public const string CjkFontMissing = "NK451";

    // NK5xx: The finished page (readiness)
    /// <summary>Page-check rules (NK501–NK512), one per measure of the finished page (docs/readiness.md).</summary>
    public const string PageBodySize = "NK501";
    public const string PageSmallestSize = "NK502";
    public const string PageHeadingSizes = "NK503";
    public const string PageCharsPerLine = "NK504";
    public const string PageWordsPerLine = "NK505";
    public const string PageLineSpacing = "NK506";
    public const string PageContrast = "NK507";
    public const string PageJustified = "NK508";
    public const string PageCapsRun = "NK509";
    public const string PageItalic = "NK510";
    public const string PageEmpty = "NK511";
    public const string PageWordsBetweenHeadings = "NK512";

    // NK7xx: Word round trip (docs/round-trip.md)
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

    /// <summary>A new article from a document we did not write: a front-matter value it does not carry was assumed.</summary>
    public const string ImportAssumed = "NK706";

    /// <summary>A briefing records an article path outside the content folder (or not a .md file): import refuses it.</summary>
    public const string ImportArticleOutside = "NK707";

    /// <summary>The briefing set a table wider than limits.maxTableColumns as lists (NK123): import cannot bring its
    /// rows back as a table, so it refuses rather than write the lists into the article.</summary>
    public const string ImportStackedTable = "NK708";

    /// <summary>A briefing in the output folder was edited after the build wrote it: not overwritten.</summary>
    public const string EditedOutput = "NK710";

    /// <summary>The document's body holds no text: importing it would empty the article, so it is refused.</summary>
    public const string ImportEmptyDocument = "NK711";

    /// <summary>A block changed in the Markdown after the briefing was built: its briefing text differs (error unless
    /// --conflicts says whose text to keep), or the briefing lacks it (kept, warning).</summary>
    public const string ImportStaleBriefing = "NK712";

    /// <summary>The briefing carries almost none of the article's blocks: it was built from another article.</summary>
    public const string ImportOtherArticle = "NK713";

    // NK9xx: The tool and its output folder
    /// <summary>An unexpected failure outside any article (a bug to report).</summary>
    public const string Unexpected = "NK900";

    /// <summary>Another build holds the output folder's lock.</summary>
    public const string OutputLocked = "NK901";

    // Writing outputs (exit 2): each names the output path and the operating system's reason.

    /// <summary>Permission denied (or an immutable folder) while writing an output.</summary>
    public const string WritePermissionDenied = "NK902";

    /// <summary>The output folder is on a read-only file system.</summary>
    public const string WriteReadOnly = "NK903";

    /// <summary>The disk (or quota) is full.</summary>
    public const string WriteDiskFull = "NK904";

    /// <summary>An output path longer than the file system allows.</summary>
    public const string WritePathTooLong = "NK905";

    /// <summary>Any other error while writing an output (an I/O error the OS reports, e.g. a disk that went away).</summary>
    public const string WriteFailed = "NK906";

    /// <summary>True for the codes that mean an output could not be written (exit 2, not 1).</summary>
    public static bool IsWriteFailure(string code) => code is WritePermissionDenied or WriteReadOnly or WriteDiskFull or WritePathTooLong or WriteFailed;
}
