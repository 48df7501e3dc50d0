using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace NkHandouts.Serve.Tests;

/// <summary>The preview built once for a test class and served in memory (TestServer), with the broken article
/// holding a located error (an unknown template on line 5).</summary>
public sealed class HttpFixture : IAsyncLifetime
{
    public Workspace Workspace { get; } = new();

    public PreviewSite Site { get; private set; } = null!;

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        File.WriteAllText(Workspace.ArticlePath(Workspace.Broken),
            Workspace.BrokenText.Replace("templates: [patient-web]", "templates: [patient-web, no-such-template]", StringComparison.Ordinal) + "\n");
        Site = new PreviewSite(Workspace.Options(), Workspace.Pipeline());
        Site.Refresh();
        App = ServeApp.Build(Site, b => b.WebHost.UseTestServer());
        await App.StartAsync();
        Client = App.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Site.Dispose();
        Workspace.Dispose();
    }
}
