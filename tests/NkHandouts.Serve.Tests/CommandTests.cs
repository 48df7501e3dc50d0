using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NkHandouts.Cli;

namespace NkHandouts.Serve.Tests;

/// <summary><c>nkhandouts serve</c> as a user starts and stops it: a taken port, bad options, Ctrl+C.</summary>
public sealed class CommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_port_in_use_is_exit_2_and_the_message_names_it()
    {
        using var workspace = new Workspace();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, err) = Run("serve", "--content", workspace.Content, "--templates", workspace.Templates, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, exit);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", err, StringComparison.Ordinal);
        Assert.Contains("--port N", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be between 0 and 65535")]
    [InlineData("--content", "/no/such/folder", "content folder '/no/such/folder' not found")]
    public void Bad_options_are_exit_2_with_a_reason(string option, string value, string message)
    {
        var (exit, _, err) = Run("serve", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_and_removes_its_temporary_folder()
    {
        using var workspace = new Workspace();
        File.Delete(workspace.ArticlePath(Workspace.Leaflet)); // the web pages alone: a quick first build
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace.Root,
        };
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "nkhandouts.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            // The port was free a moment ago; poll until the server answers (it binds, then builds once).
            var address = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
            using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
                string? index = null;
                while (index is null || !index.Contains("Washing your hands", StringComparison.Ordinal))
                {
                    if (process.HasExited)
                    {
                        Assert.Fail("the server exited: " + await stderr); // awaited only here: stderr ends with the process
                    }

                    Assert.True(DateTime.UtcNow < deadline, "the server did not answer within 2 minutes");
                    try
                    {
                        index = await client.GetStringAsync(address, TestContext.Current.CancellationToken);
                    }
                    catch (HttpRequestException)
                    {
                    }

                    await Task.Delay(200, TestContext.Current.CancellationToken);
                }
            }

            // SIGINT, as Ctrl+C in a terminal sends.
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the server did not stop within 20 s of Ctrl+C");
            Assert.Equal(0, process.ExitCode);
            var output = await stdout;
            Assert.Contains($"Preview at {address}", output, StringComparison.Ordinal);
            Assert.Contains("stopped", output, StringComparison.Ordinal);
            // The folder it named, under the temp folder, held the built page while it ran and is gone now.
            var named = System.Text.RegularExpressions.Regex.Match(output, @"Preview files are built in (\S+) \(removed on stop\)");
            Assert.True(named.Success, output);
            Assert.StartsWith(Path.GetTempPath(), named.Groups[1].Value, StringComparison.Ordinal);
            Assert.False(Directory.Exists(named.Groups[1].Value), named.Groups[1].Value + " was left behind");
            Assert.False(Directory.Exists(Path.Combine(workspace.Root, "out")), "serve wrote into out/");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
