using NkHandouts.Diagnostics;

namespace NkHandouts.Content;

/// <summary>Where a translation stands against its source.</summary>
public enum TranslationState
{
    /// <summary>The source's text still has the hash the translation recorded.</summary>
    Current,

    /// <summary>The source changed after the translation was made (or last brought up to date).</summary>
    Stale,

    /// <summary>The source named in <c>translationOf.path</c> is not there.</summary>
    SourceMissing,
}

/// <summary>A translation's state, with both paths, the recorded and the current hash.</summary>
public sealed record TranslationStatus(TranslationState State, string TranslationPath, string SourcePath, string RecordedHash, string? CurrentHash, SourceLocation Location)
{
    /// <summary>The message and hint a warning or error gives (NK131, NK132).</summary>
    public Diagnostic ToDiagnostic(Severity severity) => State switch
    {
        TranslationState.SourceMissing => new Diagnostic(Severity.Error, DiagnosticCodes.TranslationSourceMissing, Location,
            $"translation source '{SourcePath}' not found", "fix translationOf.path; it is relative to the translation's folder"),
        _ => new Diagnostic(severity, DiagnosticCodes.TranslationStale, Location,
            $"translation {TranslationPath} is older than its source {SourcePath}: the source changed after sha256 {RecordedHash[..12]}… was recorded (now {CurrentHash![..12]}…)",
            $"bring the translation up to date with {SourcePath}, have it reviewed, then record the new hash: sha256: {CurrentHash}"),
    };
}

/// <summary>
/// Compares a translation's recorded source hash (<c>translationOf.sha256</c>) with its source's text today, so a
/// maintainer learns when the English changed after the Spanish was made. Reads the source file; nothing is cached.
/// </summary>
public static class TranslationFreshness
{
    /// <summary>The translation's status, or null when the article is not a translation.</summary>
    public static TranslationStatus? Check(Article article)
    {
        if (article.Metadata.TranslationOf is not { } t)
        {
            return null;
        }

        var folder = System.IO.Path.GetDirectoryName(article.Path) ?? "";
        var source = System.IO.Path.Combine(folder, t.Path);
        if (!File.Exists(source))
        {
            return new TranslationStatus(TranslationState.SourceMissing, article.Path, source, t.Sha256, null, t.Location);
        }

        var text = File.ReadAllText(source, System.Text.Encoding.UTF8);
        var now = TranslationHash.Of(text);
        var current = string.Equals(now, t.Sha256, StringComparison.Ordinal)
            || string.Equals(TranslationHash.OfWholeText(text), t.Sha256, StringComparison.Ordinal); // recorded by an earlier version
        var state = current ? TranslationState.Current : TranslationState.Stale;
        return new TranslationStatus(state, article.Path, source, t.Sha256, now, t.Location);
    }
}
