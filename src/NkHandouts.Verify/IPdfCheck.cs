using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify;

/// <summary>
/// One family of checks over a finished PDF (PDF/UA-1 here; PDF/X print checks plug in the same way): its rules and
/// what it finds. A check reads the file through <see cref="PdfInspection"/> only.
/// </summary>
public interface IPdfCheck
{
    /// <summary>Short id used in rule ids and on the command line, e.g. <c>pdfua1</c>.</summary>
    string Id { get; }

    /// <summary>Human name, e.g. <c>PDF/UA-1 (Matterhorn Protocol 1.1)</c>.</summary>
    string Name { get; }

    /// <summary>The conformance claim this check verifies, as renderers declare it (<c>PDF/UA-1</c>).</summary>
    string Claim { get; }

    IReadOnlyList<CheckRule> Rules { get; }

    IEnumerable<VerifyFinding> Check(PdfInspection pdf);
}

/// <summary>A rule a check can report: its id within the check (<c>06-002</c>), what failing it means, and where
/// the requirement comes from.</summary>
public sealed record CheckRule(string Id, string Description, string Reference);

/// <summary>One failure in one file: the check and rule, a message naming what is wrong, and where (page, structure
/// element or object) when known.</summary>
public sealed record VerifyFinding(string Check, string Rule, string Message, int? Page = null, string? Where = null)
{
    public string QualifiedRule => $"{Check}/{Rule}";

    public override string ToString()
    {
        var at = string.Join(", ", new[] { Page is { } p ? $"page {p}" : null, Where }.Where(s => s is not null));
        return at.Length == 0 ? $"{Rule}: {Message}" : $"{Rule}: {Message} ({at})";
    }
}
