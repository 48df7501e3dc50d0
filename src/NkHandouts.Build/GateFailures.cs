using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// A gate that stops an output, as diagnostics printed like every other (code, path:line:col, hint) — the progress
/// line only says the output failed, and editors, CI annotations and the preview server read diagnostics.
/// </summary>
internal static class GateFailures
{
    /// <summary>One error per failing reading rule, at the article. Worded per template, not per output, so the
    /// several outputs of one template (sizes, print) print it once.</summary>
    public static IEnumerable<Diagnostic> Reading(BuildJob job, ReadingOutcome reading)
    {
        var article = job.Plan.Article;
        return reading.Findings.Select(f => new Diagnostic(Severity.Error, f.Code, article.Location,
            $"reading level: {f.Message}; the {article.Metadata.Audience} policy of '{job.Plan.Template.Name}' is enforced, so its outputs of this article are not written (the previous files are kept)",
            $"{f.Hint}; 'nkhandouts check {article.Path}' lists the sentences and words concerned"));
    }

    /// <summary>One error per broken page limit. A page found too empty says why it ends where it does (the layout's
    /// own reason) and is located at the block that went over to the next page, where the author can act.</summary>
    public static IEnumerable<Diagnostic> Pages(BuildJob job, PageOutcome outcome, IReadOnlyList<PageEndReason> pageEnds) =>
        PageFindings(job, outcome, pageEnds, Severity.Error, "is enforced, so it was not written (the previous file is kept)");

    /// <summary>The same findings under a report-only policy, as notes: seen where they are, like every other
    /// finding, without failing the build (also under <c>--fail-on warning</c>: the policy says they stop nothing).</summary>
    public static IEnumerable<Diagnostic> ReportOnlyPages(BuildJob job, PageOutcome outcome, IReadOnlyList<PageEndReason> pageEnds) =>
        PageFindings(job, outcome, pageEnds, Severity.Note, "is report only, so it was written");

    private static IEnumerable<Diagnostic> PageFindings(BuildJob job, PageOutcome outcome, IReadOnlyList<PageEndReason> pageEnds, Severity severity, string policyDoes)
    {
        var article = job.Plan.Article;
        foreach (var f in outcome.Findings)
        {
            var end = f.Code == DiagnosticCodes.PageEmpty && f.Page is { } page ? pageEnds.FirstOrDefault(e => e.Page == page) : null;
            var because = end is null ? "" : $"; it ends there because {end.Reason}";
            yield return new Diagnostic(severity, f.Code, end?.Block ?? article.Location,
                $"'{job.FileName}' {f.Message}{because}; the {article.Metadata.Audience} page-check policy of '{job.Plan.Template.Name}' {policyDoes}",
                f.Hint);
        }
    }
}
