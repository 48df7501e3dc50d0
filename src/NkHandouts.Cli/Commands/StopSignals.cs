using System.Runtime.InteropServices;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// The signals that ask a long-running command to stop: SIGINT (Ctrl+C), SIGTERM (<c>kill</c>, a service manager, CI
/// cancelling a job) and SIGHUP (its terminal closed). The first one cancels <see cref="Token"/> and is kept from
/// ending the process, so the command can finish the file it is writing and remove its work folder; a second one is
/// let through and ends the process at once (the way out when stopping hangs). SIGKILL cannot be caught.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public StopSignals()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, OnSignal))];
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Received { get; private set; }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            return; // the second: the default action ends the process
        }

        Received = context.Signal;
        context.Cancel = true;
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command has already ended.
        }
    }

    public void Dispose()
    {
        foreach (var r in _registrations)
        {
            r.Dispose();
        }

        _stop.Dispose();
    }
}
