using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Project;
using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// Turns the workspace into jobs: for each article, the templates it asks for (its <c>templates:</c> list, else every
/// template whose <c>audiences:</c> include the article's audience), and for each template the renderer's planned
/// outputs, filtered by <c>--only</c> and <c>--shard</c>.
/// </summary>
public static class BuildPlanner
{
    public const string GlossaryFile = "glossary.yaml";

    /// <summary>The input recording how an output's previews were drawn ("no": none).</summary>
    public const string PreviewsInput = "previews";
    public const string NoPreviews = "no";

    public static BuildPlan Plan(Workspace workspace, IReadOnlyList<IRenderer> renderers, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var jobs = new List<BuildJob>();
        var only = options.Only is null ? null : Glob.ToRegex(options.Only);
        var glossary = InputHasher.File(Path.Combine(workspace.ContentRoot, GlossaryFile));
        var epoch = options.SourceDateEpoch ?? Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "";
        var templateHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var planned = new List<string>();
        var checkedTemplates = new Dictionary<string, bool>(StringComparer.Ordinal);
        var onlyMatches = 0;

        // Outputs refused before they become jobs (a review date passed, an undescribed picture) were still asked
        // for: they count as planned, so --only never calls a glob that names them a mistake (their error says why).
        void Refused(Article article, IEnumerable<Templates.Template> templates)
        {
            foreach (var template in templates)
            {
                foreach (var plan in renderers.FirstOrDefault(r => r.CanRender(template))?.Plan(article, template) ?? [])
                {
                    planned.Add(plan.FileName);
                    onlyMatches += only is not null && only.IsMatch(plan.FileName) ? 1 : 0;
                }
            }
        }

        // The glossary is an input of every output's reading check: while it is broken, no output is rebuilt (the
        // previous ones stay), rather than judged against half a glossary.
        if (workspace.ContentDiagnostics.Any(d => d.IsError && Path.GetFileName(d.Location.Path) == GlossaryFile))
        {
            return new BuildPlan([], []);
        }

        foreach (var entry in workspace.Articles)
        {
            if (entry.Article is not { } article)
            {
                continue;
            }

            if (!ReviewAllows(article, options, diagnostics))
            {
                Refused(article, workspace.Templates.For(article, new DiagnosticBag()));
                continue; // past its review date: the patient outputs stay as they were, none is rewritten
            }

            var articleHash = InputHasher.File(article.Path);
            var references = new DiagnosticBag();
            var templates = workspace.Templates.For(article, references);
            diagnostics.AddRange(references.Items);
            if (references.HasErrors)
            {
                continue; // a broken article breaks only its own outputs, and leaves them as they were
            }

            var translation = TranslationFreshness.Check(article);
            foreach (var template in templates)
            {
                var images = new DiagnosticBag();
                ImageAltCheck.Check(article, template, images);
                diagnostics.AddRange(images.Items);
                if (images.HasErrors)
                {
                    Refused(article, [template]);
                    continue; // a patient leaflet with an undescribed picture is not built; the previous one stays
                }

                if (template.FailOnStaleTranslation && translation is { State: TranslationState.Stale })
                {
                    var refused = translation.ToDiagnostic(Severity.Error);
                    diagnostics.Add(refused with { Message = refused.Message + $"; template '{template.Name}' refuses outdated translations (staleTranslation: fail)" });
                    Refused(article, [template]);
                    continue;
                }

                var renderer = renderers.FirstOrDefault(r => r.CanRender(template));
                if (renderer is null)
                {
                    diagnostics.Warning(DiagnosticCodes.UnknownTemplate, SourceLocation.FileOnly(template.FilePath), $"no renderer for template '{template.Name}' (output: {template.Output}); it was skipped");
                    continue;
                }

                if (!templateHashes.TryGetValue(template.Folder, out var templateHash))
                {
                    templateHash = InputHasher.Folder(template.Folder);
                    templateHashes[template.Folder] = templateHash;
                }

                foreach (var plan in renderer.Plan(article, template))
                {
                    planned.Add(plan.FileName);
                    onlyMatches += only is not null && only.IsMatch(plan.FileName) ? 1 : 0;
                    if ((only is not null && !only.IsMatch(plan.FileName)) || !options.Shard.Contains(plan.FileName) || options.Select?.Invoke(plan) == false)
                    {
                        continue;
                    }

                    if (!PassesUseCheck(template, checkedTemplates, diagnostics))
                    {
                        continue; // refused like a template that failed to load; the previous output stays
                    }

                    // Whether (and how) previews are drawn is an input: turning them on for a file rebuilds it.
                    var previews = options.Previews && options.PreviewsFor?.Invoke(plan) != false;
                    var inputs = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["article"] = articleHash,
                        ["template"] = templateHash,
                        ["glossary"] = glossary,
                        ["tool"] = RenderSettings.CurrentToolVersion + "+" + renderer.GetType().Assembly.ManifestModule.ModuleVersionId.ToString("N"),
                        ["sourceDateEpoch"] = epoch,
                        [PreviewsInput] = !previews ? NoPreviews : options.PreviewDpi.ToString(System.Globalization.CultureInfo.InvariantCulture) + "dpi" + (options.ContactSheets ? "" : " pages"),
                    };
                    jobs.Add(new BuildJob(plan, renderer, inputs) { Previews = previews });
                }
            }
        }

        jobs.Sort((a, b) => string.CompareOrdinal(a.FileName, b.FileName));

        // Output names come from file names, so a/dup.md and b/dup.md would write the same files: neither may
        // (out/ would otherwise mix the two articles), and both are named, each at its own file.
        var clashes = jobs.GroupBy(j => j.FileName).Where(g => g.Select(j => j.Plan.Article.Path).Distinct().Count() > 1).ToList();
        foreach (var pair in clashes.GroupBy(c => string.Join('\n', c.Select(j => j.Plan.Article.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
        {
            var paths = pair.Key.Split('\n');
            var names = pair.Select(c => c.Key).ToList();
            var what = names.Count == 1 ? $"'{names[0]}'" : $"'{names[0]}' and {names.Count - 1} more output(s)";
            foreach (var path in paths)
            {
                var others = string.Join("' and '", paths.Where(p => p != path));
                diagnostics.Error(DiagnosticCodes.OutputNameClash, new SourceLocation(path, 1, 1),
                    $"'{path}' and '{others}' would both write {what}; neither is built",
                    "rename one of the files (output names come from the file name, not its folder)");
            }
        }

        var clashing = clashes.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        jobs.RemoveAll(j => clashing.Contains(j.FileName));

        if (options.Only is not null && onlyMatches == 0 && planned.Count > 0)
        {
            var examples = string.Join(", ", planned.Order(StringComparer.Ordinal).Take(3));
            diagnostics.Warning(DiagnosticCodes.InvalidValue, SourceLocation.FileOnly("--only"),
                $"'{options.Only}' matches none of the {planned.Count} planned outputs (e.g. {examples}); nothing was built",
                "match the output file names, e.g. --only '*.a4.pdf' or --only '*.docx'");
        }

        return new BuildPlan(jobs, diagnostics.Items);
    }

    /// <summary>A template's checks left for its first use (<see cref="Templates.TemplateUseChecks.WhenUsed"/>: a
    /// briefing's Word style contrast), run when the first job of it is planned; errors are reported once, with the
    /// location and code loading would have given, and refuse every job of the template.</summary>
    private static bool PassesUseCheck(Templates.Template template, Dictionary<string, bool> checkedTemplates, DiagnosticBag diagnostics)
    {
        if (!checkedTemplates.TryGetValue(template.Folder, out var passes))
        {
            var found = template.CheckBeforeUse();
            diagnostics.AddRange(found);
            passes = !found.Any(d => d.IsError);
            checkedTemplates[template.Folder] = passes;
        }

        return passes;
    }

    /// <summary>
    /// The review date, judged against today (SOURCE_DATE_EPOCH's day when set): past it, a patient article's outputs
    /// are not written (error, unless <see cref="BuildOptions.AllowExpired"/>); within <see cref="Governance.WarnDays"/>
    /// days, a warning. Texts not for patients are only warned about.
    /// </summary>
    private static bool ReviewAllows(Content.Article article, BuildOptions options, DiagnosticBag diagnostics)
    {
        var today = SourceDate.Today(options.SourceDateEpoch);
        if (!ApprovalAllows(article, today, diagnostics))
        {
            return false;
        }

        if (Governance.DaysLeft(article.Metadata, today) is not { } days || days > Governance.WarnDays)
        {
            return true;
        }

        var at = article.Metadata.ReviewByLocation.Path is null ? new SourceLocation(article.Path, 1, 1) : article.Metadata.ReviewByLocation;
        var date = article.Metadata.ReviewBy!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var when = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (days >= 0)
        {
            diagnostics.Warning(DiagnosticCodes.ReviewDue, at, $"review by {date}: {days} day(s) left (today is {when}); after that date patient outputs are no longer written",
                "have a clinician review the text, then set a new reviewBy date");
            return true;
        }

        if (!Governance.IsForPatients(article) || options.AllowExpired)
        {
            diagnostics.Warning(DiagnosticCodes.ReviewExpired, at, $"review date {date} has passed ({-days} day(s) ago; today is {when})" + (options.AllowExpired && Governance.IsForPatients(article) ? "; built anyway because of --allow-expired" : ""),
                "have a clinician review the text, then set a new reviewBy date");
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ReviewExpired, at, $"review date {date} has passed ({-days} day(s) ago; today is {when}); its patient outputs are not written (the previous files are kept)",
            "have a clinician review the text and set a new reviewBy date, or build with --allow-expired to write them anyway");
        return false;
    }

    /// <summary>
    /// An approval dated after today: a typo or a claim made ahead of the clinician, and the one thing that takes the
    /// draft mark off a patient text. Its patient outputs are not written (error); other texts get a warning.
    /// </summary>
    private static bool ApprovalAllows(Content.Article article, DateOnly today, DiagnosticBag diagnostics)
    {
        var m = article.Metadata;
        if (m.Status != Content.Governance.Approved || m.Approved is not { } approved || approved <= today)
        {
            return true;
        }

        var at = m.ApprovedLocation.Path is null ? new SourceLocation(article.Path, 1, 1) : m.ApprovedLocation;
        var message = $"the approval is dated {approved.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, after today ({today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}): a text cannot be approved in the future";
        const string hint = "write the date the clinician approved it, or set 'status: review' until they have";
        if (!Content.Governance.IsForPatients(article))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, at, message, hint);
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, at, message + "; its patient outputs are not written (the previous files are kept)", hint);
        return false;
    }
}

/// <summary>The jobs to run, plus problems found while planning (unknown templates, clashing names).</summary>
public sealed record BuildPlan(IReadOnlyList<BuildJob> Jobs, IReadOnlyList<Diagnostic> Diagnostics);
