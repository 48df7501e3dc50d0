using NkHandouts.Diagnostics;
using NkHandouts.Text;
using NkHandouts.Yaml;

namespace NkHandouts.Content;

/// <summary>Reads an article's front matter into <see cref="ArticleMetadata"/>, reporting every problem at its line.</summary>
internal static class MetadataReader
{
    public static readonly string[] Keys =
    [
        "title", "subtitle", "date", "author", "keywords", "language", "audience", "summary", "version", "reviewBy",
        "url", "source", "templates", "translationOf", "status", "approvedBy", "approved",
    ];

    private static readonly string[] SourceKeys = ["title", "author", "publisher", "url", "published", "note"];
    private static readonly string[] TranslationKeys = ["path", "sha256", "reviewedBy"];

    public static ArticleMetadata? Read(YamlMap map)
    {
        map.CheckKeys(Keys, "front matter", unknownIsError: false);
        var title = map.String("title", required: true, hint: "add 'title: …' to the front matter");
        var language = map.String("language", required: true, hint: "add a BCP 47 tag such as 'language: en-US'");
        var audience = map.String("audience", required: true, hint: "add 'audience: patients' or 'audience: clinicians'");
        if (language is not null && !LanguageTag.IsWellFormed(language))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("language"), $"'{language}' is not a language tag", "use a BCP 47 tag such as en-US or en-GB");
        }

        var url = map.String("url");
        if (url is not null && !IsWebAddress(url))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("url"), $"'url' must be an http or https address, not '{url}'", "for example url: https://example.org/articles/nk-cell-therapy");
        }

        var source = ReadSource(map.Map("source"));
        var status = (map.String("status") ?? Governance.Draft).Trim().ToLowerInvariant();
        if (!Governance.Statuses.Contains(status))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("status"), $"status must be one of {string.Join(", ", Governance.Statuses)}, not '{status}'",
                "draft while it is written, review while a clinician checks it, approved once they have (with approvedBy and approved)");
            status = Governance.Draft;
        }

        var approvedBy = map.String("approvedBy");
        var approved = map.Date("approved");
        if (status == Governance.Approved && (approvedBy is null || approved is null))
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingKey, map.LocationOfValue("status"),
                $"an approved article names who approved it and when; '{(approvedBy is null ? "approvedBy" : "approved")}' is missing",
                "add 'approvedBy: Dr A. Clinician' and 'approved: YYYY-MM-DD', or set 'status: review' until it is approved");
        }
        var metadata = new ArticleMetadata
        {
            Title = Prose(title) ?? "",
            Subtitle = Prose(map.String("subtitle")),
            Date = map.Date("date"),
            Author = map.String("author"),
            Keywords = map.StringList("keywords"),
            Language = language ?? "",
            Audience = audience?.ToLowerInvariant() ?? "",
            Summary = Prose(map.String("summary")),
            Version = map.String("version"),
            ReviewBy = map.Date("reviewBy"),
            ReviewByLocation = map.LocationOfValue("reviewBy"),
            Status = status,
            ApprovedBy = approvedBy,
            Approved = approved,
            ApprovedLocation = map.LocationOfValue("approved"),
            Url = url,
            Source = source,
            Templates = map.StringList("templates"),
            TranslationOf = ReadTranslation(map),
            TemplateLocations = map.StringListLocations("templates"),
        };
        return title is null || language is null || audience is null ? null : metadata;
    }

    private static SourceAttribution? ReadSource(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        map.CheckKeys(SourceKeys, "source", unknownIsError: false);
        return new SourceAttribution(Prose(map.String("title")), Prose(map.String("author")), Prose(map.String("publisher")), map.String("url"), map.Date("published"), Prose(map.String("note")));
    }

    /// <summary><c>translationOf: { path, sha256, reviewedBy }</c>: the source this article translates and the hash of
    /// the source it was made from (see <see cref="TranslationSource"/>).</summary>
    private static TranslationSource? ReadTranslation(YamlMap map)
    {
        if (map.Map("translationOf") is not { } t)
        {
            return null;
        }

        t.CheckKeys(TranslationKeys, "translationOf", unknownIsError: true);
        var path = t.String("path", required: true, hint: "name the source article, relative to this file: path: nk-cell-therapy-myths.patient.md");
        var hash = t.String("sha256", required: true, hint: "record the source's hash: sha256: <64 hex digits> (nkhandouts list --translations prints it)");
        if (hash is not null && !System.Text.RegularExpressions.Regex.IsMatch(hash, "^[0-9a-f]{64}$"))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, t.LocationOfValue("sha256"), $"'sha256' must be 64 lower-case hex digits, not '{hash}'", "copy the hash nkhandouts list --translations prints");
            hash = null;
        }

        return path is null || hash is null ? null : new TranslationSource(path, hash, t.String("reviewedBy"), map.LocationOf("translationOf"));
    }

    /// <summary>Front-matter text that is printed gets the same typographic quotes as the body.</summary>
    private static string? Prose(string? value) => value is null ? null : SmartQuotes.Apply(value);

    internal static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && Uri.CheckHostName(uri.Host) != UriHostNameType.Unknown;
}
