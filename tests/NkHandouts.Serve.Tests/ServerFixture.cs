using NkHandouts.Html.Tests;

namespace NkHandouts.Serve.Tests;

/// <summary>The real server (Kestrel on 127.0.0.1, a free port, the file watcher running) over a workspace of its own,
/// for a browser test class. Not started when chromium is missing: those tests skip before they need it.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public Workspace Workspace { get; } = new();

    public ServeHost? Host { get; private set; }

    public Uri Url(string path) => new(Host!.Address, path);

    public async ValueTask InitializeAsync()
    {
        if (BrowserFixture.Executable is null)
        {
            return;
        }

        Host = await ServeHost.StartAsync(Workspace.Options(), Workspace.Pipeline());
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Workspace.Dispose();
    }
}
