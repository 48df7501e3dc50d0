using NkHandouts.Content;

namespace NkHandouts.Localization;

/// <summary>
/// The names of every furniture string: the words a layout prints around the article. Each language's resource file
/// (<c>Localization/Strings/&lt;lang&gt;.yaml</c>) must define all of them; a template may override any per language.
/// </summary>
public static class FurnitureKey
{
    public const string Myth = "myth";
    public const string Fact = "fact";
    public const string KeyPoints = "keyPoints";
    public const string Questions = "questions";
    public const string Note = "note";
    public const string Warning = "warning";
    public const string Disclaimer = "disclaimer";
    public const string LearnMore = "learnMore";
    public const string PatientInformation = "patientInformation";
    public const string QuestionsIntro = "questionsIntro";
    public const string DefaultDisclaimer = "defaultDisclaimer";
    public const string ReadOnline = "readOnline";
    public const string ScanToRead = "scanToRead";
    public const string ScanShort = "scanShort";
    public const string Source = "source";
    public const string Version = "version";
    public const string ReviewBy = "reviewBy";
    public const string Page = "page";
    public const string LogoAlt = "logoAlt";

    /// <summary>The QR code's alternate text, with its address ({0}): read aloud by screen readers.</summary>
    public const string QrAlt = "qrAlt";
    public const string Clinic = "clinic";
    public const string For = "for";
    public const string Date = "date";
    public const string Author = "author";
    public const string Contents = "contents";
    public const string ContentsPlaceholder = "contentsPlaceholder";
    public const string TranslationNotice = "translationNotice";
    public const string DateLong = "dateLong";
    public const string ContactUs = "contactUs";
    public const string SourceBy = "sourceBy";

    /// <summary>The mark on every page and in the metadata of a patient output that is not approved
    /// (<see cref="Governance.MarkFor(Article, Templates.Template, Diagnostics.DiagnosticBag)"/>).</summary>
    public const string DraftMark = "draftMark";

    /// <summary>Template text a template may give per language (<c>strings: es: { contact: … }</c>); not in the
    /// built-in files, and when absent the template's own <c>brand.contact</c> / <c>leaflet.disclaimer</c> is used.</summary>
    public const string Contact = "contact";

    /// <inheritdoc cref="Contact"/>
    public const string DisclaimerText = "disclaimerText";

    /// <summary>Keys a template may set but a language need not.</summary>
    public static readonly IReadOnlyList<string> Optional = [Contact, DisclaimerText];

    /// <summary>The twelve month names, a list rather than a string.</summary>
    public const string Months = "months";

    /// <summary>Every key a language must define (<see cref="Months"/> included).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Myth, Fact, KeyPoints, Questions, Note, Warning, Disclaimer, LearnMore, PatientInformation, QuestionsIntro,
        DefaultDisclaimer, ReadOnline, ScanToRead, ScanShort, Source, Version, ReviewBy, Page, LogoAlt, QrAlt, Clinic, For, Date,
        Author, Contents, ContentsPlaceholder, TranslationNotice, DateLong, Months, ContactUs, SourceBy, DraftMark,
    ];

    /// <summary>The label key of a callout kind ("Myth", "Mito").</summary>
    public static string OfCallout(CalloutKind kind) => kind switch
    {
        CalloutKind.Myth => Myth,
        CalloutKind.Fact => Fact,
        CalloutKind.KeyPoints => KeyPoints,
        CalloutKind.Questions => Questions,
        CalloutKind.Note => Note,
        CalloutKind.Warning => Warning,
        CalloutKind.Disclaimer => Disclaimer,
        _ => LearnMore,
    };
}
