using System.Threading.Channels;
using NkHandouts.Diagnostics;

namespace NkHandouts.Serve.Site;

/// <summary>
/// The live state of the preview: the current snapshot, a worker that rebuilds when asked (a burst of saves becomes
/// one rebuild after <see cref="ServeOptions.Debounce"/>), and the hub that tells the pages. Owns the work folder
/// (held by a lock file, see <see cref="WorkFolder"/>) and removes it when disposed (unless the caller named it).
/// </summary>
public sealed class PreviewSite : IDisposable
{
    private readonly SiteBuilder _builder;
    private readonly ServeOptions _options;
    private readonly Channel<bool> _requests = Channel.CreateUnbounded<bool>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _refreshGate = new();
    private readonly WorkFolder? _ownFolder;
    private Task? _worker;
    private bool _disposed;
    private volatile SiteSnapshot _current = SiteSnapshot.Empty;

    public PreviewSite(ServeOptions options, ServePipeline pipeline, TextWriter? log = null)
    {
        _options = options;
        Log = log ?? TextWriter.Null;
        if (options.WorkDir is null)
        {
            // Folders of servers that were killed before they could remove their own go first.
            foreach (var abandoned in WorkFolder.SweepAbandoned(Path.GetTempPath(), DateTime.UtcNow))
            {
                Log.WriteLine(WorkFolder.RemovedLine(abandoned));
            }

            _ownFolder = WorkFolder.Create(Path.GetTempPath());
        }

        WorkDir = _ownFolder?.FullPath ?? options.WorkDir!;
        Directory.CreateDirectory(WorkDir);
        _builder = new SiteBuilder(options, pipeline, WorkDir, _stop.Token);
    }

    public string WorkDir { get; }

    public SiteSnapshot Current => _current;

    internal UpdateHub Hub { get; } = new();

    private TextWriter Log { get; }

    /// <summary>Rebuilds now, on the calling thread (start-up, tests, benchmarks).</summary>
    /// <param name="stage">How much to rebuild (see <see cref="SiteBuilder.Refresh"/>).</param>
    public SiteSnapshot Refresh(RefreshStage stage = RefreshStage.All)
    {
        lock (_refreshGate)
        {
            SiteSnapshot next;
            try
            {
                next = _builder.Refresh(_current, stage);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                throw; // stopping (Stop, Dispose): not an error to show, and nothing more to build
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A refresh that throws (a folder removed mid-build, a locked file) must not stop the server: the
                // pages keep the last snapshot and show what went wrong.
                var d = new Diagnostic(Severity.Error, DiagnosticCodes.RenderFailed, SourceLocation.FileOnly(_options.ContentDir),
                    "the preview could not be rebuilt: " + e.Message, "save the file again; if it keeps failing, restart nkhandouts serve");
                next = _current with { Version = _current.Version + 1, RefreshedAt = DateTimeOffset.Now, Diagnostics = [.. _current.Diagnostics.Where(x => x.Code != d.Code), d] };
            }

            _current = next;
            Log.WriteLine(Pages.Status.Of(next));
            Hub.Publish(next.Version);
            return next;
        }
    }

    /// <summary>The file a page last showed (null: none yet): after a save it is rebuilt before anything else of its
    /// article (see <see cref="RefreshStage.FirstLooks"/>), and from now on with its page previews. True when no
    /// page had shown it before.</summary>
    public bool Viewing(string? fileName) => _builder.Show(fileName);

    /// <summary>Asks for a rebuild soon; many calls in a burst give one rebuild.</summary>
    /// <param name="changed">A file changed (the text and grade are re-read first); false when only previews were
    /// asked for, so the page is not told its text is being rebuilt.</param>
    public void RequestRefresh(bool changed = true) => _requests.Writer.TryWrite(changed);

    public void Start()
    {
        _worker ??= Task.Run(async () =>
        {
            try
            {
                while (await _requests.Reader.WaitToReadAsync(_stop.Token))
                {
                    await Task.Delay(_options.Debounce, _stop.Token);
                    var changed = false;
                    while (_requests.Reader.TryRead(out var change))
                    {
                        changed |= change;
                    }

                    // The text and grade first (milliseconds), then the preview each template opens on, then the
                    // other sizes and the print files (the build's pace); the page updates after each.
                    if (changed)
                    {
                        Refresh(RefreshStage.Text);
                    }

                    Refresh(RefreshStage.FirstLooks);
                    Refresh();
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    /// <summary>Stops building: a build under way starts no more files and <see cref="Refresh"/> throws
    /// <see cref="OperationCanceledException"/> (a stop signal during the first build).</summary>
    public void Stop()
    {
        lock (_stop)
        {
            if (!_disposed)
            {
                _stop.Cancel();
            }
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            _worker?.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
        }

        lock (_stop)
        {
            _disposed = true;
            _stop.Dispose();
        }

        _ownFolder?.Dispose();
    }
}
