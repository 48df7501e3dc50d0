namespace NkHandouts.Content;

/// <summary>
/// Who may be given a text, and until when: an article's <c>status</c> (draft → review → approved, with approvedBy and
/// approved) and its <c>reviewBy</c> date. Patient outputs of anything not approved carry <see cref="DraftMark"/> on
/// every page and in their metadata; a patient output past its review date is not written (unless the build is told
/// to allow it). Dates are judged against <see cref="Rendering.SourceDate.Today"/>, never written into outputs, so
/// the bytes do not change from one day to the next.
/// </summary>
public static class Governance
{
    public const string Draft = "draft";
    public const string Review = "review";
    public const string Approved = "approved";

    public static readonly IReadOnlyList<string> Statuses = [Draft, Review, Approved];

    /// <summary>The English mark on every page of a patient output that is not approved; other languages take
    /// theirs from the furniture strings (<see cref="Localization.FurnitureKey.DraftMark"/>).</summary>
    public const string DraftMark = "DRAFT \u2014 not for patients";

    /// <summary>A review date this close (days) gets a warning, so it can be renewed before outputs stop.</summary>
    public const int WarnDays = 60;

    /// <summary>Outputs for patients (and the public, carers): the ones a clinic hands out.</summary>
    public static bool IsForPatients(Article article) =>
        Templates.ReadingPolicy.PlainLanguageAudiences.Contains(article.Metadata.Audience, StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="DraftMark"/> for a patient article that is not approved; null otherwise.</summary>
    public static string? MarkFor(Article article) =>
        IsForPatients(article) && article.Metadata.Status != Approved ? DraftMark : null;

    /// <summary>The draft mark in the article's language ("BORRADOR — no es para pacientes"), with the template's
    /// <c>strings:</c> overrides, for a patient article that is not approved; null when no mark is due, or after
    /// NK130 (no strings for the language, or no <c>draftMark</c> among them) is added to
    /// <paramref name="diagnostics"/>: a Spanish page never carries an English mark silently.</summary>
    public static string? MarkFor(Article article, Templates.Template template, Diagnostics.DiagnosticBag diagnostics) =>
        MarkFor(article) is null ? null : Localization.FurnitureCatalog.For(article, template, diagnostics)?[Localization.FurnitureKey.DraftMark];

    /// <summary>Days from <paramref name="today"/> to the review date (negative once past); null without one.</summary>
    public static int? DaysLeft(ArticleMetadata metadata, DateOnly today) =>
        metadata.ReviewBy is { } review ? review.DayNumber - today.DayNumber : null;
}
