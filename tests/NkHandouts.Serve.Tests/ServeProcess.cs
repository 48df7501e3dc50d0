using System.Diagnostics;
using System.Text;

namespace NkHandouts.Serve.Tests;

/// <summary>The real <c>nkhandouts serve</c> in a child process, its output collected line by line as it comes, so a
/// test can act at a given moment (a signal during the first build) and read everything once it has exited.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    public ServeProcess(string workingDirectory, int port)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "nkhandouts.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(a);
        }

        Process = new Process { StartInfo = psi };
        Process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        Process.ErrorDataReceived += (_, e) => Append(_err, e.Data);
        Process.Start();
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Output => Read(_out);

    public string Error => Read(_err);

    public async Task WaitForOutput(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(Process.HasExited, $"the server exited before printing '{text}': {Error}");
            Assert.True(DateTime.UtcNow < deadline, $"the server did not print '{text}' within {timeout.TotalSeconds} s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sb)
        {
            sb.AppendLine(line);
        }
    }

    private static string Read(StringBuilder sb)
    {
        lock (sb)
        {
            return sb.ToString();
        }
    }

    public void Dispose() => Process.Dispose();
}
