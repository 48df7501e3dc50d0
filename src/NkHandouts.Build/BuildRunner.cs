using System.Diagnostics;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Project;
using NkHandouts.Rendering;

namespace NkHandouts.Build;

/// <summary>
/// Runs a build: lock the output folder, clean leftovers of killed builds, plan, run jobs in parallel, write each
/// output atomically (only when its bytes changed), then record the manifest. A failing job never touches the
/// previous output of the same name; the other jobs still run.
/// </summary>
public sealed class BuildRunner
{
    private readonly IReadOnlyList<IRenderer> _renderers;
    private readonly IReadingGate? _gate;
    private readonly IPageGate? _pages;
    private readonly IBuildReporter _reporter;
    private readonly IReadOnlyList<IOutputVerifier> _verifiers;

    public BuildRunner(IReadOnlyList<IRenderer> renderers, IReadingGate? gate, IBuildReporter? reporter = null, IPageGate? pages = null, IReadOnlyList<IOutputVerifier>? verifiers = null)
    {
        _renderers = renderers;
        _gate = gate;
        _pages = pages;
        _reporter = reporter ?? NullBuildReporter.Instance;
        _verifiers = verifiers ?? [];
    }

    /// <exception cref="BuildLockedException">Another build holds the output folder.</exception>
    public BuildReport Run(BuildOptions options)
    {
        using var buildLock = BuildLock.TryAcquire(options.OutDir, options.LockWait)
            ?? throw new BuildLockedException(options.OutDir);
        var leftovers = AtomicFile.CleanLeftovers(options.OutDir);

        // A template's costly checks run when a job of it is planned: a build of leaflets never loads the Word libraries.
        var workspace = Workspace.Load(options.ContentDir, options.TemplatesDir, _renderers.Outputs(), Templates.TemplateUseChecks.WhenUsed);
        var plan = BuildPlanner.Plan(workspace, _renderers, options);
        var manifest = Manifest.Load(options.OutDir);
        _reporter.Planned(plan.Jobs.Count);

        var results = new JobResult[plan.Jobs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = options.Cancel };
        Parallel.For(0, plan.Jobs.Count, parallel, i =>
        {
            var result = RunJob(plan.Jobs[i], options, manifest, workspace.GlossaryTerms, out var entry);
            results[i] = result;
            if (entry is not null)
            {
                lock (manifest)
                {
                    manifest.Set(entry);
                }
            }

            _reporter.Finished(result);
        });

        manifest.ToolVersion = RenderSettings.CurrentToolVersion;
        var manifestPath = Path.Combine(options.OutDir, Manifest.FileName);
        var json = manifest.ToJson();
        if (!File.Exists(manifestPath) || !File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(json))
        {
            try
            {
                AtomicFile.WriteAllBytes(manifestPath, json, options.FlushToDisk);
            }
            catch (Exception e) when (WriteFailure.IsWriteFailure(e))
            {
                // Outputs that could not be written already say why; the manifest failing is one more line, not a crash.
                plan = plan with { Diagnostics = [.. plan.Diagnostics, WriteFailure.From(e, manifestPath)] };
            }
        }

        var diagnostics = workspace.Diagnostics.Concat(plan.Diagnostics).Concat(ReadingWarnings.Of(plan.Jobs, results)).ToList();
        return new BuildReport(results, diagnostics, leftovers);
    }

    private JobResult RunJob(BuildJob job, BuildOptions options, Manifest manifest, IReadOnlyList<string> glossaryTerms, out ManifestEntry? entry)
    {
        entry = null;
        var clock = Stopwatch.StartNew();
        var target = Path.Combine(options.OutDir, job.FileName);
        var article = job.Plan.Article;
        var policy = job.Plan.Template.PolicyFor(article.Metadata.Audience);
        var reading = _gate?.Evaluate(article, policy);

        if (!options.Force && EditedInPlace(job, target, manifest) is { } edited)
        {
            // Someone edited the file the build wrote (a briefing opened in Word and saved): keep their work.
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = [edited], Message = edited.Message };
        }

        if (!options.Force && manifest.TryGet(job.FileName, out var previous) && previous.Key == job.Key && IsIntact(options.OutDir, previous))
        {
            // Same inputs, same bytes: the summary shows the page verdict recorded with them (read back from the file
            // only when none was recorded, or another checker made it), so an unchanged build reads no PDF.
            var recorded = Recorded(previous);
            var kept = recorded ?? PageCheck(job, FinishedOutput.OnDisk(target));

            // A report-only policy's notes are printed on every build, as the reading warnings are: recorded with the
            // verdict (located at the blocks of the build that wrote the file), or worked out again without the layout.
            var notes = recorded is not null ? previous.PageCheck!.Notes : ReportOnly(job, kept, []);
            if (recorded is null && kept is not null)
            {
                entry = previous with { PageCheck = new RecordedPageCheck(_pages!.Checker, kept) { Notes = notes } };
            }

            return new JobResult(job.FileName, JobStatus.Unchanged, clock.Elapsed) { Pages = previous.Pages, Bytes = previous.Bytes, Reading = reading, PageCheck = kept, Diagnostics = notes };
        }

        if (reading is { Failed: true } && policy.Enforce)
        {
            var reasons = string.Join("; ", reading.Reasons);
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed)
            {
                Reading = reading,
                Diagnostics = [.. GateFailures.Reading(job, reading)],
                Message = $"reading level fails the {article.Metadata.Audience} policy of '{job.Plan.Template.Name}': {reasons}",
            };
        }

        // The template's limits on the text (table width, nesting depth, word length): shaped for every renderer
        // alike, or refused in patient outputs.
        var tables = new DiagnosticBag();
        var plan = job.Plan with { Article = TextLimits.Apply(article, job.Plan.Template.Limits, Governance.IsForPatients(article), tables) };
        if (tables.HasErrors)
        {
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = tables.Items, Message = TextLimits.Refusal(tables.Items) };
        }

        // The draft mark in the article's language: every renderer prints it and writes it into the metadata.
        var furniture = new DiagnosticBag();
        var draftMark = Governance.MarkFor(article, job.Plan.Template, furniture);
        if (furniture.HasErrors)
        {
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = furniture.Items, Message = "no draft mark in the article's language; the previous output was kept" };
        }

        // Previews are staged on disk as they are made and moved into place only with the output (never held whole).
        using var staged = new StagedExtraFiles(options.OutDir, options.FlushToDisk);
        StagedOutput output;
        try
        {
            output = new StagedOutput(target);
        }
        catch (Exception e) when (WriteFailure.IsWriteFailure(e))
        {
            var failure = WriteFailure.From(e, target);
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = [failure], Message = failure.Message };
        }

        using var _ = output;
        try
        {
            var settings = new RenderSettings(RenderSettings.TimestampFor(article, options.SourceDateEpoch), RenderSettings.CurrentToolVersion)
            {
                Previews = job.Previews,
                PreviewDpi = options.PreviewDpi,
                ContactSheet = options.ContactSheets,
                DraftMark = draftMark,
                ExtraFiles = staged,
                NeverHyphenate = glossaryTerms,
            };
            var rendered = job.Renderer.Render(plan, settings, output.Destination);
            var written = output.Finish();
            PhaseCollection.After(written.Length);
            rendered = rendered with { Diagnostics = [.. tables.Items, .. rendered.Diagnostics] };
            if (rendered.Diagnostics.Any(d => d.IsError))
            {
                return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed)
                {
                    Reading = reading,
                    Diagnostics = rendered.Diagnostics,
                    Message = "rendering reported errors; the previous output was kept",
                };
            }

            // An output that claims a standard (PDF/UA-1) is read back before it may replace the previous one.
            var verified = Verify(job.FileName, rendered.Claims, written);
            PhaseCollection.After(written.Length);
            if (verified.Count > 0)
            {
                return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed)
                {
                    Reading = reading,
                    Diagnostics = [.. rendered.Diagnostics, .. verified],
                    Message = "the output fails a standard it claims; the previous output was kept",
                };
            }

            var pageCheck = PageCheck(job, written);
            PhaseCollection.After(written.Length);
            if (pageCheck is { Failed: true })
            {
                return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed)
                {
                    Reading = reading,
                    PageCheck = pageCheck,
                    Diagnostics = [.. rendered.Diagnostics, .. GateFailures.Pages(job, pageCheck, rendered.PageEnds)],
                    Message = $"the page check fails the {article.Metadata.Audience} policy of '{job.Plan.Template.Name}' (not written): {string.Join("; ", pageCheck.Reasons)}",
                };
            }

            var notes = ReportOnly(job, pageCheck, rendered.PageEnds);
            var sha256 = output.Sha256();
            string? writing = target;
            try
            {
                // A renderer that returned its extra files whole: staged the same way.
                foreach (var extra in rendered.ExtraFiles)
                {
                    staged.Write(extra.FileName, extra.Content);
                }

                output.Commit(options.FlushToDisk);
                writing = null;
                staged.Commit();
            }
            catch (Exception e) when (WriteFailure.IsWriteFailure(e) && e is not StagingFailedException)
            {
                // The disk, not the article: its own code naming the output and the OS reason (exit 2).
                var failure = WriteFailure.From(e, writing ?? staged.Current ?? target);
                return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = [failure], Message = failure.Message };
            }

            var extras = new Dictionary<string, string>(staged.Hashes, StringComparer.Ordinal);
            RemoveOlderExtras(options.OutDir, manifest, job.FileName, extras);
            entry = new ManifestEntry(job.FileName, job.Key, job.Inputs, sha256, written.Length, rendered.Pages, extras)
            {
                PageCheck = pageCheck is null ? null : new RecordedPageCheck(_pages!.Checker, pageCheck) { Notes = notes },
            };
            return new JobResult(job.FileName, JobStatus.Built, clock.Elapsed)
            {
                Pages = rendered.Pages,
                Bytes = written.Length,
                Reading = reading,
                PageCheck = pageCheck,
                Diagnostics = [.. rendered.Diagnostics, .. notes],
            };
        }
        catch (StagingFailedException e)
        {
            // Staging a preview failed while rendering (disk full, permissions): a write failure, not a bug.
            var failure = WriteFailure.From(e.InnerException!, e.Path);
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = [failure], Message = failure.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One broken job must not stop the others; its previous output stays where it was.
            var d = new Diagnostic(Severity.Error, DiagnosticCodes.RenderFailed, article.Location, $"rendering '{job.FileName}' failed: {e.Message}", "fix the input named above, or report a bug with this message");
            return new JobResult(job.FileName, JobStatus.Failed, clock.Elapsed) { Reading = reading, Diagnostics = [d], Message = e.Message };
        }
    }

    /// <summary>NK710 when an editable output's bytes differ from those the manifest recorded for it.</summary>
    private static Diagnostic? EditedInPlace(BuildJob job, string target, Manifest manifest)
    {
        if (job.Renderer is not IEditableOutput editable || !editable.IsEditable(job.Plan) || !manifest.TryGet(job.FileName, out var recorded) || !File.Exists(target))
        {
            return null;
        }

        if (new FileInfo(target).Length == recorded.Bytes && InputHasher.File(target) == recorded.Sha256)
        {
            return null;
        }

        return new Diagnostic(Severity.Error, DiagnosticCodes.EditedOutput, SourceLocation.FileOnly(target),
            $"'{job.FileName}' was edited after the build wrote it (its bytes differ from {Manifest.FileName}); it was not overwritten",
            editable.HowToKeepEdits(target));
    }

    /// <summary>Notes for the limits a report-only page-check policy finds broken; none for other verdicts.</summary>
    private static IReadOnlyList<Diagnostic> ReportOnly(BuildJob job, PageOutcome? outcome, IReadOnlyList<PageEndReason> pageEnds) =>
        outcome is { Verdict: "report" } ? [.. GateFailures.ReportOnlyPages(job, outcome, pageEnds)] : [];

    private PageOutcome? Recorded(ManifestEntry entry) =>
        _pages is not null && entry.PageCheck is { } check && check.Checker == _pages.Checker ? check.Outcome : null;

    /// <summary>The page check of a file with reading pages; press sheets (imposed booklets) are checked in the
    /// reading file they are made from.</summary>
    private PageOutcome? PageCheck(BuildJob job, FinishedOutput output) =>
        job.Renderer.HasReadingPages(job.Plan) ? _pages?.Evaluate(job.Plan, output) : null;

    private List<Diagnostic> Verify(string fileName, IReadOnlyList<string> claims, FinishedOutput output)
    {
        var errors = new List<Diagnostic>();
        foreach (var verifier in _verifiers.Where(v => claims.Contains(v.Claim)))
        {
            errors.AddRange(verifier.Verify(fileName, output).Where(d => d.IsError));
        }

        return errors;
    }

    /// <summary>
    /// Extra files the previous build of this output wrote and this one did not (a page the document no longer has,
    /// previews no longer asked for) are deleted, with their folder when it is left empty: a picture of an older
    /// version must not stay beside the new file. Only files the manifest recorded for this output are touched.
    /// </summary>
    private static void RemoveOlderExtras(string outDir, Manifest manifest, string fileName, IReadOnlyDictionary<string, string> current)
    {
        ManifestEntry? before;
        lock (manifest)
        {
            before = manifest.TryGet(fileName, out var e) ? e : null;
        }

        foreach (var old in before?.ExtraFiles.Keys.Where(k => !current.ContainsKey(k)) ?? [])
        {
            var path = Path.GetFullPath(Path.Combine(outDir, old));
            if (!path.StartsWith(Path.GetFullPath(outDir) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue; // a tampered manifest must not delete files outside the output folder
            }

            try
            {
                File.Delete(path);
                var folder = Path.GetDirectoryName(path)!;
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind, but no longer listed in the manifest: the preview server does not show it.
            }
        }
    }

    private static bool IsIntact(string outDir, ManifestEntry entry)
    {
        var path = Path.Combine(outDir, entry.FileName);
        if (!File.Exists(path) || new FileInfo(path).Length != entry.Bytes || InputHasher.File(path) != entry.Sha256)
        {
            return false;
        }

        return entry.ExtraFiles.All(x => InputHasher.File(Path.Combine(outDir, x.Key)) == x.Value);
    }
}

/// <summary>Another build holds the output folder's lock.</summary>
public sealed class BuildLockedException(string outDir)
    : IOException($"another nkhandouts build is writing '{outDir}' (lock file {BuildLock.FileName}); wait for it to finish and run again")
{
    public string OutDir { get; } = outDir;
}
