using System.Globalization;
using NkHandouts.Build;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve.Pages;

/// <summary>The one line the live region reads out after each rebuild.</summary>
internal static class Status
{
    public static string Of(SiteSnapshot site)
    {
        if (site.Version == 0)
        {
            return "Building the previews…";
        }

        if (site.Stage == RefreshStage.Text)
        {
            return $"Text and reading level updated at {Time(site)}; rebuilding the files…";
        }

        if (site.Stage == RefreshStage.FirstLooks)
        {
            return $"First previews updated at {Time(site)} in {H.N(site.Elapsed.TotalSeconds, "0.00")} s; rebuilding the other sizes and print files…";
        }

        var outputs = site.Articles.SelectMany(a => a.Templates).SelectMany(t => t.Outputs).ToList();
        var built = outputs.Count(o => o.Result?.Status == JobStatus.Built);
        var failed = outputs.Count(o => o.Result?.Status == JobStatus.Failed);
        var errors = site.Articles.Sum(a => a.Diagnostics.Count(d => d.IsError)) + site.Diagnostics.Count(d => d.IsError);
        return $"Updated at {Time(site)} in {H.N(site.Elapsed.TotalSeconds, "0.00")} s: {built} rebuilt, {failed} not built, {errors} error{(errors == 1 ? "" : "s")}.";
    }

    public static string Of(SiteSnapshot site, ArticleState article)
    {
        var errors = article.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            return $"Updated at {Time(site)}: {errors} error{(errors == 1 ? "" : "s")} in {article.Path}; the previews are from the last good version.";
        }

        var grade = article.Reading is { } r ? $"grade {H.N(r.Grade)}" : "no reading level";
        var verdicts = string.Join(", ", article.Templates.Select(t => $"{t.Name} {Verdicts.Word(t.Verdict)}"));
        return $"Updated at {Time(site)}: {grade}{(verdicts.Length > 0 ? "; " + verdicts : "")}.{(site.Rendering ? " Rebuilding the previews…" : "")}";
    }

    private static string Time(SiteSnapshot site) => site.RefreshedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
