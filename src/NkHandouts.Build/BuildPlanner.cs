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

    public static BuildPlan Plan(Workspace workspace, IReadOnlyList<IRenderer> renderers, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var jobs = new List<BuildJob>();
        var only = options.Only is null ? null : Glob.ToRegex(options.Only);
        var glossary = InputHasher.File(Path.Combine(workspace.ContentRoot, GlossaryFile));
        var epoch = options.SourceDateEpoch ?? Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "";
        var templateHashes = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var entry in workspace.Articles)
        {
            if (entry.Article is not { } article)
            {
                continue;
            }

            var articleHash = InputHasher.File(article.Path);
            var references = new DiagnosticBag();
            var templates = workspace.Templates.For(article, references);
            diagnostics.AddRange(references.Items);
            if (references.HasErrors)
            {
                continue; // a broken article breaks only its own outputs, and leaves them as they were
            }

            foreach (var template in templates)
            {
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
                    if ((only is not null && !only.IsMatch(plan.FileName)) || !options.Shard.Contains(plan.FileName))
                    {
                        continue;
                    }

                    var inputs = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["article"] = articleHash,
                        ["template"] = templateHash,
                        ["glossary"] = glossary,
                        ["tool"] = RenderSettings.CurrentToolVersion + "+" + renderer.GetType().Assembly.ManifestModule.ModuleVersionId.ToString("N"),
                        ["sourceDateEpoch"] = epoch,
                        ["previews"] = options.Previews ? options.PreviewDpi.ToString(System.Globalization.CultureInfo.InvariantCulture) + "dpi" : "no",
                    };
                    jobs.Add(new BuildJob(plan, renderer, inputs));
                }
            }
        }

        jobs.Sort((a, b) => string.CompareOrdinal(a.FileName, b.FileName));
        var duplicates = jobs.GroupBy(j => j.FileName).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var name in duplicates)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, SourceLocation.FileOnly(name), $"two jobs would write '{name}'", "give the articles different file names");
        }

        return new BuildPlan(jobs, diagnostics.Items);
    }
}

/// <summary>The jobs to run, plus problems found while planning (unknown templates, clashing names).</summary>
public sealed record BuildPlan(IReadOnlyList<BuildJob> Jobs, IReadOnlyList<Diagnostic> Diagnostics);
