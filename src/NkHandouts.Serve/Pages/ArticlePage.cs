using System.Globalization;
using System.Text;
using NkHandouts.Build;
using NkHandouts.ReadingLevel.Analysis;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve.Pages;

/// <summary>
/// One article: the verdicts and scores, the Markdown text with the findings marked in place, the page previews of
/// the chosen template and variant with download links, and the findings as lists that link to their lines.
/// </summary>
internal static class ArticlePage
{
    public static string FragmentUrl(ArticleState a, string? output) =>
        "/fragment/article/" + H.U(a.Slug) + (output is null ? "" : "?output=" + H.U(output));

    public static string Full(SiteSnapshot site, ArticleState a, string? output) =>
        Shell.Page(a.Title, Live(site, a, output), FragmentUrl(a, output), site.Version, Status.Of(site, a));

    public static string Live(SiteSnapshot site, ArticleState a, string? requested)
    {
        var sb = new StringBuilder();
        sb.Append("<h1 data-summary=\"").Append(H.E(Status.Of(site, a))).Append("\">").Append(H.E(a.Title)).Append("</h1>\n");
        Meta(sb, a);
        ProblemList.Section(sb, a.Diagnostics, "problems", a.HasErrors ? "Errors: the text below does not build" : "Warnings", linkLines: true);
        if (a.Stale)
        {
            sb.Append("<p class=\"stale\"><strong>The previews and reading level are from the last version that built.</strong> Fix the error above and save; the page updates by itself.</p>\n");
        }

        ReadingLevel(sb, a);
        sb.Append("<div class=\"columns\">\n");
        Text(sb, a);
        Preview(sb, site, a, Selected(a, requested));
        sb.Append("</div>\n");
        Findings(sb, a);
        return sb.ToString();
    }

    private static void Meta(StringBuilder sb, ArticleState a)
    {
        var m = a.Article?.Metadata;
        sb.Append("<p class=\"meta\"><span class=\"file\">").Append(H.E(a.Path)).Append("</span>");
        if (m is not null)
        {
            sb.Append(" · audience: ").Append(H.E(m.Audience)).Append(" · language: ").Append(H.E(m.Language));
            if (m.ReviewBy is { } review)
            {
                sb.Append(" · review by <time datetime=\"").Append(review.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
                    .Append(review.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time>");
            }
        }

        sb.Append("</p>\n");
    }

    private static void ReadingLevel(StringBuilder sb, ArticleState a)
    {
        sb.Append("<section class=\"level\" aria-labelledby=\"h-level\"><h2 id=\"h-level\">Reading level</h2>\n");
        if (a.Reading is not { } r)
        {
            sb.Append("<p>No reading level yet: the article has not loaded without errors.</p></section>\n");
            return;
        }

        sb.Append("<p class=\"grade\" id=\"grade\">Grade <strong>").Append(H.N(r.Grade)).Append("</strong> (")
            .Append(r.Spanish is null ? "consensus of five formulas" : "SOL").Append("), ")
            .Append(H.N(r.Counts.Words)).Append(" words in ").Append(H.N(r.Counts.Sentences)).Append(" sentences, ")
            .Append(H.N(r.Counts.WordsPerSentence)).Append(" words a sentence, ")
            .Append(H.N(r.Counts.ComplexWordPercent)).Append("% of words with 3+ syllables.</p>\n");
        if (a.Templates.Count > 0)
        {
            sb.Append("<ul class=\"verdicts\">\n");
            foreach (var t in a.Templates)
            {
                sb.Append("<li><strong>").Append(H.E(t.Name)).Append("</strong> (").Append(H.E(t.Audience)).Append(" policy): ")
                    .Append(Verdicts.Html(t.Verdict));
                if (t.Verdict.Reasons.Count > 0 && t.Verdict.Enforced)
                {
                    sb.Append(" — ").Append(H.E(string.Join("; ", t.Verdict.Reasons)));
                }

                sb.Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        if (r.Spanish is null && r.Language == NkHandouts.ReadingLevel.Text.ReadingLanguage.English)
        {
            var s = r.Scores;
            sb.Append("<details><summary>All scores</summary><dl class=\"scores\">")
                .Append("<dt>Flesch reading ease</dt><dd>").Append(H.N(s.FleschReadingEase)).Append("</dd>")
                .Append("<dt>Flesch-Kincaid grade</dt><dd>").Append(H.N(s.FleschKincaidGrade)).Append("</dd>")
                .Append("<dt>Gunning fog</dt><dd>").Append(H.N(s.GunningFog)).Append("</dd>")
                .Append("<dt>SMOG</dt><dd>").Append(H.N(s.Smog)).Append("</dd>")
                .Append("<dt>Coleman-Liau</dt><dd>").Append(H.N(s.ColemanLiau)).Append("</dd>")
                .Append("<dt>Automated readability index</dt><dd>").Append(H.N(s.AutomatedReadabilityIndex)).Append("</dd>")
                .Append("</dl></details>\n");
        }

        foreach (var w in r.Warnings)
        {
            sb.Append("<p class=\"note\">").Append(H.E(w)).Append("</p>\n");
        }

        sb.Append("</section>\n");
    }

    private static void Text(StringBuilder sb, ArticleState a)
    {
        sb.Append("<section class=\"text\" aria-labelledby=\"h-text\"><h2 id=\"h-text\">Text with findings</h2>\n");
        Legend(sb);
        // Marks are laid on the text they were found in; a stale report would point at the wrong words.
        var marks = SourceMarks.For(a.SourceText, a.Stale ? null : a.Reading, a.HardAbove);
        sb.Append(SourceView.Render(marks, a.Diagnostics.Where(d => SamePath(d.Location.Path, a.Path)).ToList(), a.Article?.Metadata.Language));
        sb.Append("</section>\n");
    }

    private static void Legend(StringBuilder sb) => sb.Append(
        "<div class=\"legend\"><h3 id=\"h-legend\">Legend</h3><ul aria-labelledby=\"h-legend\">" +
        "<li><span class=\"badge badge-hard\">hard · grade</span> <span class=\"m-hard\">one of the hardest sentences</span>, with its own grade</li>" +
        "<li><span class=\"badge badge-long\">long · words</span> <span class=\"m-long\">a sentence over the policy's word limit</span></li>" +
        "<li><span class=\"badge badge-passive\">passive?</span> <span class=\"m-passive\">may be passive: check it, use \"you\" and active verbs</span></li>" +
        "<li><span class=\"m-complex\">dotted underline</span>: a word of three or more syllables</li>" +
        "<li><span class=\"m-term\">dashed box</span>: a glossary term; point at it (or read on) for the plain wording</li>" +
        "</ul></div>\n");

    /// <summary>The file the page shows: the one asked for, else the one the article opens on.</summary>
    public static OutputState? Selected(ArticleState a, string? requested) =>
        a.Templates.SelectMany(t => t.Outputs).FirstOrDefault(o => o.FileName == requested)
        ?? Opening(a.Templates.Select(t => t.Outputs), o => o.Print);

    /// <summary>The file an article (or a template, given alone) opens on: of the first template that has files, its
    /// first screen file (else its first). The server draws that file's previews before any page asks.</summary>
    public static T? Opening<T>(IEnumerable<IReadOnlyList<T>> templates, Func<T, bool> print)
        where T : class =>
        templates.Where(t => t.Count > 0).Select(t => t.FirstOrDefault(o => !print(o)) ?? t[0]).FirstOrDefault();

    private static void Preview(StringBuilder sb, SiteSnapshot site, ArticleState a, OutputState? selected)
    {
        sb.Append("<section class=\"preview\" aria-labelledby=\"h-preview\"><h2 id=\"h-preview\">Preview</h2>\n");
        if (site.Stage == RefreshStage.Text)
        {
            sb.Append("<p class=\"stale\">Rebuilding the files after a change; these previews may be from before it.</p>\n");
        }
        else if (site.Stage == RefreshStage.FirstLooks)
        {
            sb.Append("<p class=\"stale\">The preview shown here is rebuilt first; the other sizes, templates and print files follow.</p>\n");
        }

        if (selected is null)
        {
            sb.Append("<p>No template builds this article.</p></section>\n");
            return;
        }

        var template = a.Templates.First(t => t.Outputs.Contains(selected));
        sb.Append("<nav aria-label=\"Templates\"><ul class=\"switch\">");
        foreach (var t in a.Templates)
        {
            var first = Opening([t.Outputs], o => o.Print);
            if (first is null)
            {
                continue;
            }

            sb.Append("<li><a href=\"/article/").Append(H.E(H.U(a.Slug))).Append("?output=").Append(H.E(H.U(first.FileName))).Append('"')
                .Append(t == template ? " aria-current=\"page\"" : "").Append('>').Append(H.E(t.Name)).Append("</a></li>");
        }

        sb.Append("</ul></nav>\n");
        if (template.Outputs.Count > 1)
        {
            sb.Append("<nav aria-label=\"Page sizes and variants\"><ul class=\"switch\">");
            foreach (var o in template.Outputs)
            {
                sb.Append("<li><a href=\"/article/").Append(H.E(H.U(a.Slug))).Append("?output=").Append(H.E(H.U(o.FileName))).Append('"')
                    .Append(o == selected ? " aria-current=\"page\"" : "").Append('>').Append(H.E(o.Variant.Length > 0 ? o.Variant : o.FileName)).Append("</a></li>");
            }

            sb.Append("</ul></nav>\n");
        }

        sb.Append("<h3 class=\"output-name\">").Append(H.E(selected.FileName)).Append("</h3>\n");
        Result(sb, selected.Result);
        if (!selected.Exists)
        {
            sb.Append("<p>Not built yet.</p>\n");
        }
        else if (selected.IsHtml)
        {
            sb.Append("<iframe class=\"handout\" src=\"/out/").Append(H.E(H.U(selected.FileName))).Append("\" title=\"Web page handout: ")
                .Append(H.E(selected.FileName)).Append("\" sandbox=\"\"></iframe>\n");
        }
        else if (selected.Previews.Count > 0)
        {
            sb.Append("<ol class=\"pages\">");
            for (var i = 0; i < selected.Previews.Count; i++)
            {
                sb.Append("<li><img src=\"/out/").Append(H.E(Url(selected.Previews[i]))).Append("\" alt=\"Page ").Append(H.N(i + 1)).Append(" of ")
                    .Append(H.N(selected.Previews.Count)).Append(" of ").Append(H.E(selected.FileName)).Append("\" loading=\"lazy\"></li>");
            }

            sb.Append("</ol>\n");
        }
        else if (!selected.PreviewsDrawn && selected.Result is { Status: JobStatus.Failed })
        {
            // The last file that built was made before anyone looked at it; the new one did not build (reason above).
            sb.Append("<p>No pages were drawn of the last file that built; they will be when the text builds again.</p>\n");
        }
        else if (!selected.PreviewsDrawn)
        {
            // Previews are drawn for the files pages show; asking for this one started that (ServeApp).
            sb.Append("<p class=\"stale\">Drawing the pages of this file; they appear here in a moment.</p>\n");
        }
        else
        {
            sb.Append("<p>No page preview for this kind of file; download it below.</p>\n");
        }

        sb.Append("<h3 id=\"h-downloads\">Downloads</h3><ul class=\"downloads\" aria-labelledby=\"h-downloads\">");
        foreach (var o in a.Templates.SelectMany(t => t.Outputs).Where(o => o.Exists))
        {
            sb.Append("<li><a href=\"/out/").Append(H.E(H.U(o.FileName))).Append("\" download>").Append(H.E(o.FileName)).Append("</a>");
            if (o.Result is { Bytes: > 0 } r)
            {
                sb.Append(" (").Append(H.N(r.Bytes / 1024.0, "0")).Append(" KB").Append(r.Pages > 0 ? $", {H.N(r.Pages)} page{(r.Pages == 1 ? "" : "s")}" : "").Append(')');
            }

            sb.Append("</li>");
        }

        sb.Append("</ul>\n</section>\n");
    }

    private static void Result(StringBuilder sb, JobResult? result)
    {
        if (result is null)
        {
            return;
        }

        if (result.Status == JobStatus.Failed)
        {
            sb.Append("<p class=\"problems-error\"><strong>Not built:</strong> ").Append(H.E(result.Message ?? "the build failed"))
                .Append(". The preview shows the last file that built.</p>\n");
            foreach (var d in result.Diagnostics)
            {
                sb.Append("<p class=\"diagnostic\"><code>").Append(H.E(d.ToString())).Append("</code></p>\n");
            }
        }
        else if (result.PageCheck is { Reasons.Count: > 0 } page)
        {
            sb.Append("<details class=\"pagecheck\"><summary>Page check: ").Append(H.E(page.Summary)).Append("</summary><ul>");
            foreach (var reason in page.Reasons)
            {
                sb.Append("<li>").Append(H.E(reason)).Append("</li>");
            }

            sb.Append("</ul></details>\n");
        }
    }

    private static void Findings(StringBuilder sb, ArticleState a)
    {
        if (a.Reading is not { } r || a.Stale)
        {
            return;
        }

        sb.Append("<section class=\"findings\" aria-labelledby=\"h-findings\"><h2 id=\"h-findings\">Findings</h2>\n");
        var hard = r.HardestSentences.Where(s => a.HardAbove is not { } limit || s.Grade > limit).ToList();
        Sentences(sb, "h-hardest", a.HardAbove is { } target ? $"Hardest sentences above grade {H.N(target, "0.#")}" : "Hardest sentences", hard, s => "grade " + H.N(s.Grade));
        Sentences(sb, "h-long", $"Sentences over {H.N(r.LongSentenceWords)} words", r.LongSentences, s => H.N(s.Words) + " words");
        Sentences(sb, "h-passive", "Possibly passive", r.PassiveSentences, _ => "passive?");
        sb.Append("<h3 id=\"h-terms\">Glossary terms</h3>");
        if (r.Jargon.Count == 0)
        {
            sb.Append("<p>None.</p>\n");
        }
        else
        {
            sb.Append("<dl class=\"terms\">");
            foreach (var j in r.Jargon)
            {
                sb.Append("<dt>").Append(H.E(j.Term)).Append(" (").Append(H.N(j.Occurrences)).Append("×)</dt><dd>say: ").Append(H.E(j.Plain)).Append("</dd>");
            }

            sb.Append("</dl>\n");
        }

        sb.Append("<h3 id=\"h-complex\">Words of three or more syllables</h3><p class=\"words\">")
            .Append(H.E(string.Join(", ", r.ComplexWords.Take(60).Select(c => c.Occurrences > 1 ? $"{c.Word} ({c.Occurrences}×)" : c.Word))))
            .Append(r.ComplexWords.Count > 60 ? $" … and {H.N(r.ComplexWords.Count - 60)} more" : "").Append("</p>\n</section>\n");
    }

    private static void Sentences(StringBuilder sb, string id, string heading, IReadOnlyList<SentenceFinding> list, Func<SentenceFinding, string> label)
    {
        sb.Append("<h3 id=\"").Append(id).Append("\">").Append(H.E(heading)).Append("</h3>");
        if (list.Count == 0)
        {
            sb.Append("<p>None.</p>\n");
            return;
        }

        sb.Append("<ol class=\"sentences\">");
        foreach (var s in list)
        {
            sb.Append("<li><a href=\"#L").Append(H.N(s.Location.Line)).Append("\">line ").Append(H.N(s.Location.Line)).Append("</a> (")
                .Append(label(s)).Append("): ").Append(H.E(s.Text)).Append("</li>");
        }

        sb.Append("</ol>\n");
    }

    private static string Url(string relative) => string.Join('/', relative.Split('/').Select(H.U));

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
