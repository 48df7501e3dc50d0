using NkHandouts.Content;

namespace NkHandouts.Html;

/// <summary>The words the page adds around the article (furniture), in one place so they can be translated.</summary>
internal static class HtmlStrings
{
    public const string SkipLink = "Skip to main content";
    public const string Contents = "On this page";
    public const string Notes = "Notes";
    public const string BackToText = "Back to the text";
    public const string ForNote = " for note ";
    public const string NoteReference = "Note ";
    public const string Version = "Version ";
    public const string Published = "Published ";
    public const string ReviewBy = "Review by ";
    public const string Source = "Source: ";
    public const string Online = "Online version: ";
    public const string ClinicLogo = "Clinic logo";

    /// <summary>"Patient information" for patients, "Information for clinicians" for others.</summary>
    public static string Tagline(string audience) =>
        audience.Equals("patients", StringComparison.OrdinalIgnoreCase) ? "Patient information" : "Information for " + audience;

    /// <summary>The callout's word label: its kind ("Myth"), and its own title after a colon when it has one, so the
    /// kind is always said in words ("Fact: The reality").</summary>
    public static string CalloutLabel(CalloutKind kind, string? title)
    {
        var word = CalloutKinds.DefaultLabel(kind);
        return string.IsNullOrWhiteSpace(title) || title.Trim().Equals(word, StringComparison.OrdinalIgnoreCase)
            ? word
            : kind is CalloutKind.Myth or CalloutKind.Fact ? word + ": " + title.Trim() : title.Trim();
    }
}
