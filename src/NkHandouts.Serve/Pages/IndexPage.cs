using System.Globalization;
using System.Text;
using NkHandouts.Build;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve.Pages;

/// <summary>The list of articles: audience, templates, the reading-level verdict per template, status and review date.</summary>
internal static class IndexPage
{
    public const string FragmentUrl = "/fragment/index";

    public static string Full(SiteSnapshot site, DateOnly today) =>
        Shell.Page("Articles", Live(site, today), FragmentUrl, site.Version, Status.Of(site));

    public static string Live(SiteSnapshot site, DateOnly today)
    {
        var sb = new StringBuilder();
        sb.Append("<h1 data-summary=\"").Append(H.E(Status.Of(site))).Append("\">Articles</h1>\n");
        ProblemList.Section(sb, site.Diagnostics, "site-problems", "Problems in templates and settings");
        if (site.Version == 0)
        {
            sb.Append("<p>Building the previews; this page fills in when they are ready.</p>\n");
            return sb.ToString();
        }

        if (site.Articles.Count == 0)
        {
            sb.Append("<p>No articles found. Add a Markdown file with front matter to the content folder.</p>\n");
            return sb.ToString();
        }

        sb.Append("<table class=\"articles\">\n<caption>Articles in the content folder, with the reading-level verdict of each template</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Audience</th><th scope=\"col\">Templates and verdicts</th>")
            .Append("<th scope=\"col\">Status</th><th scope=\"col\">Review by</th></tr></thead>\n<tbody>\n");
        foreach (var a in site.Articles)
        {
            sb.Append("<tr><th scope=\"row\"><a href=\"/article/").Append(H.E(H.U(a.Slug))).Append("\">").Append(H.E(a.Title)).Append("</a>")
                .Append("<br><span class=\"file\">").Append(H.E(a.Path)).Append("</span></th>");
            sb.Append("<td>").Append(H.E(a.Article?.Metadata.Audience ?? "—")).Append("</td><td>");
            if (a.Templates.Count == 0)
            {
                sb.Append("none");
            }
            else
            {
                sb.Append("<ul class=\"plain\">");
                foreach (var t in a.Templates)
                {
                    sb.Append("<li>").Append(H.E(t.Name)).Append(": ").Append(Verdicts.Html(t.Verdict));
                    if (a.Reading is { } r)
                    {
                        sb.Append(" (grade ").Append(H.N(r.Grade)).Append(')');
                    }

                    sb.Append("</li>");
                }

                sb.Append("</ul>");
            }

            sb.Append("</td><td>").Append(StatusCell(a)).Append("</td><td>").Append(Review(a, today)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        return sb.ToString();
    }

    private static string StatusCell(ArticleState a)
    {
        var errors = a.Diagnostics.Count(d => d.IsError);
        var warnings = a.Diagnostics.Count(d => d.IsWarning);
        var failed = a.Templates.SelectMany(t => t.Outputs).Count(o => o.Result?.Status == JobStatus.Failed);
        var parts = new List<string>();
        if (errors > 0)
        {
            parts.Add($"<span class=\"verdict verdict-fail\"><span aria-hidden=\"true\">✖ </span>{errors} error{(errors == 1 ? "" : "s")}</span>");
        }

        if (a.Stale)
        {
            parts.Add("previews are from the last good version");
        }

        if (failed > 0)
        {
            parts.Add($"{failed} output{(failed == 1 ? "" : "s")} not built");
        }

        if (warnings > 0)
        {
            parts.Add($"{warnings} warning{(warnings == 1 ? "" : "s")}");
        }

        return parts.Count == 0 ? "<span class=\"verdict verdict-pass\"><span aria-hidden=\"true\">✔ </span>ok</span>" : string.Join("; ", parts);
    }

    private static string Review(ArticleState a, DateOnly today)
    {
        if (a.Article?.Metadata.ReviewBy is not { } date)
        {
            return "—";
        }

        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = $"<time datetime=\"{iso}\">{H.E(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}</time>";
        return date < today ? text + " <strong>(overdue)</strong>" : text;
    }
}
