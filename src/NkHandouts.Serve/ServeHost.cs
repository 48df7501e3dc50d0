using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NkHandouts.Serve.Site;

namespace NkHandouts.Serve;

/// <summary>
/// The running preview: builds once, then listens with Kestrel on the loopback address and rebuilds on every save.
/// Started by <c>nkhandouts serve</c> (which waits for a stop signal) and by the browser tests (port 0: a free port).
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ChangeWatcher _watcher;

    private ServeHost(PreviewSite site, WebApplication app, ChangeWatcher watcher, Uri address)
    {
        Site = site;
        _app = app;
        _watcher = watcher;
        Address = address;
    }

    public PreviewSite Site { get; }

    /// <summary>Where the index page is, e.g. http://127.0.0.1:5180/.</summary>
    public Uri Address { get; }

    /// <param name="stop">Asks to stop while starting (a signal during the first build): the build starts no more
    /// files, the work folder is removed, and <see cref="StoppedWhileStartingException"/> is thrown.</param>
    /// <exception cref="PortInUseException">Another program listens on the port.</exception>
    /// <exception cref="ArgumentException">The host is not a loopback address.</exception>
    public static async Task<ServeHost> StartAsync(ServeOptions options, ServePipeline pipeline, TextWriter? log = null, CancellationToken stop = default)
    {
        if (!IPAddress.TryParse(options.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new ArgumentException($"'{options.Host}' is not a loopback address; the preview listens on 127.0.0.1 or ::1 only");
        }

        var site = new PreviewSite(options, pipeline, log);
        var stopping = stop.Register(site.Stop);
        try
        {
            // Bind first: a taken port is reported at once, not after the first build.
            var app = ServeApp.Build(site, b => b.WebHost.UseKestrel(k => k.Listen(ip, options.Port)));
            try
            {
                await app.StartAsync();
            }
            catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await app.DisposeAsync();
                throw new PortInUseException(options.Host, options.Port, e);
            }

            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            try
            {
                site.Refresh(); // until it ends, pages say the previews are being built
                stop.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException e)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
                throw new StoppedWhileStartingException(site.WorkDir, e);
            }

            var watcher = new ChangeWatcher(site, options.ContentDir, options.TemplatesDir);
            site.Start();
            return new ServeHost(site, app, watcher, new Uri(bound + "/"));
        }
        catch
        {
            site.Dispose();
            throw;
        }
        finally
        {
            // From here on the caller stops the host (WaitForShutdownAsync, then DisposeAsync).
            await stopping.DisposeAsync();
        }
    }

    /// <summary>Opens the index in the desktop's browser (xdg-open on Linux); false when there is none.</summary>
    public bool OpenBrowser()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(Address.AbsoluteUri) { UseShellExecute = true });
            return p is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Runs until <paramref name="stop"/> fires (the serve command's stop signals) or the host is stopped.</summary>
    public Task WaitForShutdownAsync(CancellationToken stop = default) => _app.WaitForShutdownAsync(stop);

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>Asked to stop during the first build; the work folder it names has been removed (unless it could not be).</summary>
public sealed class StoppedWhileStartingException(string workDir, Exception inner) : OperationCanceledException("stopped during the first build", inner)
{
    public string WorkDir { get; } = workDir;
}

/// <summary>The port is taken by another program (exit 2, naming the port).</summary>
public sealed class PortInUseException(string host, int port, Exception inner)
    : IOException($"port {port} on {host} is already in use by another program; stop it or choose another port with --port N", inner)
{
    public int Port { get; } = port;
}
