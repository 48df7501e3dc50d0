using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using NkHandouts.Build;
using NkHandouts.Diagnostics;
using NkHandouts.Project;
using NkHandouts.Rendering;

namespace NkHandouts.Serve.Site;

/// <summary>
/// Makes a new <see cref="SiteSnapshot"/>: runs the build's own <see cref="BuildRunner"/> into the work folder (its
/// manifest skips every output whose inputs did not change, so a save rebuilds only what it touched), then reads the
/// articles for the pages. One refresh at a time (the caller serialises them).
/// </summary>
/// <param name="stop">Cancelled when the server stops: a build under way starts no more files.</param>
internal sealed class SiteBuilder(ServeOptions options, ServePipeline pipeline, string workDir, CancellationToken stop)
{
    private readonly ReadingReview _review = new();
    private readonly ConcurrentDictionary<string, byte> _asked = new(StringComparer.Ordinal);
    private volatile HashSet<string> _openers = [];
    private long _version;

    /// <summary>The file a page last showed; set from request threads, read once per refresh.</summary>
    public volatile string? Viewed;

    /// <summary>Page previews are drawn only for the file each article page opens on and for every file a page has
    /// shown since the server started: drawing and encoding the PNGs costs more than the PDF itself, and the other
    /// sizes, templates and print files are downloads until someone looks at them. No contact sheets (the page shows
    /// the pages), and no waiting for each file to reach the disk (the folder is thrown away on stop). The rest is the
    /// build's pipeline unchanged.</summary>
    public BuildOptions BuildOptions => new()
    {
        ContentDir = options.ContentDir,
        TemplatesDir = options.TemplatesDir,
        OutDir = workDir,
        Previews = true,
        PreviewsFor = plan => _openers.Contains(plan.FileName) || _asked.ContainsKey(plan.FileName),
        ContactSheets = false,
        FlushToDisk = false,
        PreviewDpi = options.PreviewDpi,
        LockWait = TimeSpan.FromSeconds(30),
        SourceDateEpoch = options.SourceDateEpoch,
        Cancel = stop,
    };

    /// <summary>A page shows <paramref name="fileName"/>: it is rebuilt first after a save, and from now on with its
    /// previews. True when it was not asked for before (its previews may still have to be drawn).</summary>
    public bool Show(string? fileName)
    {
        Viewed = fileName;
        return fileName is not null && _asked.TryAdd(fileName, 0);
    }

    /// <param name="stage"><see cref="RefreshStage.Text"/>: read the text and the reading level only (milliseconds),
    /// keeping the previous outputs' results, so the page shows new text and grade at once while the files are
    /// rebuilt; <see cref="RefreshStage.FirstLooks"/>: also rebuild the file each template shows first.</param>
    public SiteSnapshot Refresh(SiteSnapshot previous, RefreshStage stage = RefreshStage.All)
    {
        var clock = Stopwatch.StartNew();
        var build = BuildOptions;
        Workspace? preloaded = null;
        BuildPlan? planned = null;
        if (stage != RefreshStage.Text)
        {
            preloaded = Workspace.Load(options.ContentDir, options.TemplatesDir, pipeline.Renderers.Outputs());
            planned = BuildPlanner.Plan(preloaded, pipeline.Renderers, build);
            _openers = Openers(preloaded, planned);
            if (stage == RefreshStage.FirstLooks)
            {
                var firsts = FirstLooks(planned, Viewed);
                build = build with { Select = plan => firsts.Contains(plan.FileName) };
            }
        }

        var report = stage == RefreshStage.Text
            ? null
            : new BuildRunner(pipeline.Renderers, pipeline.ReadingGate(options.ContentDir), null, pipeline.PageGate, pipeline.Verifiers).Run(build);

        // Files this refresh did not build keep their last result (a first-looks refresh builds a few of them).
        var results = previous.Articles.SelectMany(a => a.Templates).SelectMany(t => t.Outputs)
            .Where(o => o.Result is not null).GroupBy(o => o.FileName).ToDictionary(g => g.Key, g => g.First().Result!, StringComparer.Ordinal);
        foreach (var job in report?.Jobs ?? [])
        {
            results[job.FileName] = job;
        }

        // The runner loads the workspace for itself; the pages get the articles and the plan (which file belongs to which
        // article and template) from this refresh's own load, made before the run (or now, for the text alone).
        var workspace = preloaded ?? Workspace.Load(options.ContentDir, options.TemplatesDir, pipeline.Renderers.Outputs());
        var plan = planned ?? BuildPlanner.Plan(workspace, pipeline.Renderers, BuildOptions);
        // Which previews belong to each file as built: the manifest's record, not the folder (a file that lost pages, or
        // was last built without previews, may have older PNGs beside it).
        var manifest = Manifest.Load(workDir);
        var glossaryDiagnostics = new DiagnosticBag();
        var (glossary, glossaryKey) = ReadingReview.LoadGlossary(options.ContentDir, glossaryDiagnostics);

        var articles = new List<ArticleState>();
        foreach (var entry in workspace.Articles)
        {
            var slug = SlugOf(entry.Path);
            var source = ReadSource(entry.Path);
            var shown = DisplayPath(entry.Path);
            var last = previous.Articles.FirstOrDefault(a => a.Path == shown);
            // The templates an article names are checked here (unknown, wrong audience); an error there stops its
            // outputs like an error in the text, so both keep the last good previews on the page.
            var references = new DiagnosticBag();
            var templates = entry.Article is { } loaded ? workspace.Templates.For(loaded, references) : [];
            IReadOnlyList<Diagnostic> found = [.. entry.Diagnostics, .. references.Items];
            if (entry.Article is not { } article || found.Any(d => d.IsError))
            {
                articles.Add(new ArticleState(slug, shown, source, last?.Article, found, last?.Reading, last?.Templates ?? [])
                {
                    Stale = last?.Article is not null,
                    HardAbove = last?.HardAbove,
                });
                continue;
            }

            var audience = article.Metadata.Audience;
            var policy = templates.Count > 0 ? templates[0].PolicyFor(audience) : Templates.ReadingPolicy.DefaultFor(audience);
            var reading = _review.Analyze(article, article.SourceText ?? source, glossary, glossaryKey, policy);
            var states = templates.Select(t => new TemplateState(
                t.Name,
                pipeline.Renderers.FirstOrDefault(r => r.CanRender(t))?.Output.Label ?? t.Output,
                audience,
                ReadingLevel.Policy.PolicyEvaluator.Evaluate(reading, t.PolicyFor(audience)),
                plan.Jobs.Where(j => j.Plan.Article.Path == entry.Path && j.Plan.Template.Name == t.Name)
                    .Select(j => Output(j, results.GetValueOrDefault(j.FileName), manifest))
                    .ToList())).ToList();
            articles.Add(new ArticleState(slug, shown, source, article, found, reading, states)
            {
                HardAbove = policy.ForLanguage(article.Metadata.Language).TargetGrade,
            });
        }

        var diagnostics = workspace.Templates.Diagnostics.Concat(plan.Diagnostics).Concat(glossaryDiagnostics.Items)
            .Concat((report?.Diagnostics ?? []).Where(d => !workspace.Articles.Any(a => a.Diagnostics.Contains(d))))
            .Distinct().ToList();
        var files = Files(articles);
        return new SiteSnapshot(Interlocked.Increment(ref _version), DateTimeOffset.Now, clock.Elapsed, articles, diagnostics, files) { Stage = stage };
    }

    /// <summary>What a writer sees first: of the article a page shows, the file on screen (<paramref name="viewed"/>);
    /// of every other article, the file each template opens on (its first screen file). So a save shows the preview in
    /// front of the writer before the other sizes, templates and print files are made.</summary>
    private static HashSet<string> FirstLooks(BuildPlan plan, string? viewed)
    {
        var onScreen = plan.Jobs.FirstOrDefault(j => j.FileName == viewed)?.Plan.Article.Path;
        var firsts = plan.Jobs
            .Where(j => j.Plan.Article.Path != onScreen)
            .GroupBy(j => (j.Plan.Article.Path, j.Plan.Template.Name))
            .Select(g => g.First().Renderer.Plan(g.First().Plan.Article, g.First().Plan.Template).FirstOrDefault(p => !p.Print)?.FileName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        if (onScreen is not null)
        {
            firsts.Add(viewed!);
        }

        return firsts;
    }

    /// <summary>The slug outputs are named after (the file name without <c>.md</c>), as <see cref="Content.Article.Slug"/>.</summary>
    public static string SlugOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }

    /// <summary>Relative to the working folder when inside it (as the CLI prints paths), else absolute.</summary>
    private static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static string ReadSource(string path)
    {
        // A named pipe saved as x.md would hold every later refresh in open() forever; the loader already says what it is.
        if (IO.FileKind.Special(path) is not null)
        {
            return "";
        }

        try
        {
            return File.ReadAllText(path).Replace("\r\n", "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private OutputState Output(BuildJob job, JobResult? result, Manifest manifest)
    {
        var path = Path.Combine(workDir, job.FileName);
        // The build writes page previews into <output without extension>.previews/page-N.png (README, --previews).
        var folder = Path.ChangeExtension(job.FileName, null) + ".previews/";
        var built = manifest.TryGet(job.FileName, out var entry) ? entry : null;
        var previews = (built?.ExtraFiles.Keys ?? [])
            .Where(name => name.StartsWith(folder, StringComparison.Ordinal) && File.Exists(Path.Combine(workDir, name)))
            .Select(name => (Name: name, Number: PageNumber(name)))
            .Where(p => p.Number > 0)
            .OrderBy(p => p.Number)
            .Select(p => p.Name)
            .ToList();
        return new OutputState(job.FileName, job.Plan.Variant, result, File.Exists(path), previews)
        {
            Print = job.Plan.Print,
            PreviewsDrawn = built?.PreviewsDrawn ?? false,
        };
    }

    /// <summary>The file each article page opens on (<see cref="Pages.ArticlePage.Opening"/>): its first template's
    /// first screen file. Its previews are drawn without being asked, so an article opens with its pages.</summary>
    private static HashSet<string> Openers(Workspace workspace, BuildPlan plan)
    {
        var openers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in workspace.Articles.Select(e => e.Article).OfType<Content.Article>())
        {
            var jobs = plan.Jobs.Where(j => j.Plan.Article.Path == article.Path).ToList();
            var templates = workspace.Templates.For(article, new DiagnosticBag())
                .Select(t => jobs.Where(j => j.Plan.Template.Name == t.Name).Select(j => j.Plan).ToList());
            if (Pages.ArticlePage.Opening(templates, p => p.Print) is { } opener)
            {
                openers.Add(opener.FileName);
            }
        }

        return openers;
    }

    private static int PageNumber(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (!name.StartsWith("page-", StringComparison.Ordinal))
        {
            return 0;
        }

        return int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>The only files the server hands out: built outputs and their previews, by name. A request for any
    /// other name is not found, so no path from a URL ever reaches the file system.</summary>
    private Dictionary<string, string> Files(IEnumerable<ArticleState> articles)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in articles.SelectMany(a => a.Templates).SelectMany(t => t.Outputs))
        {
            if (output.Exists)
            {
                files[output.FileName] = Path.Combine(workDir, output.FileName);
            }

            foreach (var preview in output.Previews)
            {
                files[preview] = Path.Combine(workDir, preview);
            }
        }

        return files;
    }
}
