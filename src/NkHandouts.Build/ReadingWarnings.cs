using NkHandouts.Diagnostics;

namespace NkHandouts.Build;

/// <summary>
/// What enforced reading-level policies warn about (a grade above the target, a sentence over the limit), as
/// warnings printed like every other diagnostic: before, they were only "reading=warn" in the summary. One warning
/// per finding and article, naming every template whose policy gives it, so an article built by four patient
/// templates prints each long sentence once, not four times.
/// </summary>
internal static class ReadingWarnings
{
    public static IReadOnlyList<Diagnostic> Of(IReadOnlyList<BuildJob> jobs, IReadOnlyList<JobResult> results)
    {
        var found = new Dictionary<(string Code, SourceLocation At, string Message, string Hint, string Audience), SortedSet<string>>();
        var order = new List<(string Code, SourceLocation At, string Message, string Hint, string Audience)>();
        for (var i = 0; i < jobs.Count; i++)
        {
            foreach (var w in results[i]?.Reading?.Warnings ?? [])
            {
                var article = jobs[i].Plan.Article;
                var key = (w.Code, w.At ?? article.Location, w.Message, w.Hint, article.Metadata.Audience);
                if (!found.TryGetValue(key, out var templates))
                {
                    found[key] = templates = new SortedSet<string>(StringComparer.Ordinal);
                    order.Add(key);
                }

                templates.Add(jobs[i].Plan.Template.Name);
            }
        }

        return [.. order.Select(k => new Diagnostic(Severity.Warning, k.Code, k.At,
            $"reading level: {k.Message} (a warning of the {k.Audience} policy of {Names(found[k])}; it does not stop the outputs)",
            $"{k.Hint}; 'nkhandouts check {k.At.Path}' lists the hardest sentences and words"))];
    }

    private static string Names(IEnumerable<string> templates)
    {
        var quoted = templates.Select(t => $"'{t}'").ToList();
        return quoted.Count == 1 ? quoted[0] : $"{string.Join(", ", quoted[..^1])} and {quoted[^1]}";
    }
}
