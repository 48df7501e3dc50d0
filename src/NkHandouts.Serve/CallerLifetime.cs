using Microsoft.Extensions.Hosting;

namespace NkHandouts.Serve;

/// <summary>
/// A host lifetime that leaves starting and stopping to whoever started the server (the serve command, which handles
/// the stop signals; the tests, which dispose the host), instead of the console lifetime's own signal handlers.
/// </summary>
internal sealed class CallerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
