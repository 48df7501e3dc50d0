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

    /// <summary>
    /// A stop signal, as Ctrl+C in a terminal (SIGINT), <c>kill</c>, a service manager or CI (SIGTERM) or a closed
    /// terminal (SIGHUP) sends it, while the server is idle or in the middle of its first build: the real executable in
    /// a child process must exit 0, say what stopped it, and leave no work folder behind. (SIGTERM during the first
    /// build ended the process with 143 two seconds later, mid-build, and the folder stayed in /tmp.)
    /// </summary>
    [Theory]
    [InlineData("INT", false)]
    [InlineData("TERM", false)]
    [InlineData("TERM", true)]
    [InlineData("HUP", true)]
    public async Task A_stop_signal_stops_the_server_cleanly_and_removes_its_temporary_folder(string signal, bool duringFirstBuild)
    {
        using var workspace = new Workspace();
        if (duringFirstBuild)
        {
            // Four more leaflets: a first build of several seconds, so the signal lands in it.
            for (var i = 1; i <= 4; i++)
            {
                File.Copy(workspace.ArticlePath(Workspace.Leaflet), workspace.ArticlePath(Workspace.Leaflet + i));
            }
        }
        else
        {
            File.Delete(workspace.ArticlePath(Workspace.Leaflet)); // the web pages alone: a quick first build
        }

        var port = FreePort();
        var address = $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
        using var server = new ServeProcess(workspace.Root, port);
        try
        {
            if (duringFirstBuild)
            {
                await server.WaitForOutput("building the previews", TimeSpan.FromMinutes(1));
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
            else
            {
                await WaitUntilItAnswers(server, address);
            }

            using (var kill = Process.Start("kill", ["-" + signal, server.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            Assert.True(server.Process.WaitForExit(TimeSpan.FromSeconds(20)), $"the server did not stop within 20 s of SIG{signal}");
            server.Process.WaitForExit(); // the output is complete
            var output = server.Output;
            Assert.True(server.Process.ExitCode == 0, $"exit {server.Process.ExitCode}\n{output}\n{server.Error}");
            Assert.Contains($"SIG{signal} received" + (duringFirstBuild ? " before the first build ended" : ""), output, StringComparison.Ordinal);

            // The folder it named, under the temp folder, is gone.
            var named = System.Text.RegularExpressions.Regex.Match(output, @"stopped; the temporary previews in (\S+) were removed\.");
            Assert.True(named.Success, output);
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "nkhandouts-serve-"), named.Groups[1].Value, StringComparison.Ordinal);
            Assert.False(Directory.Exists(named.Groups[1].Value), named.Groups[1].Value + " was left behind");
            Assert.False(Directory.Exists(Path.Combine(workspace.Root, "out")), "serve wrote into out/");
            if (!duringFirstBuild)
            {
                Assert.Contains($"Preview at {address}", output, StringComparison.Ordinal);
                Assert.Contains($"Preview files are built in {named.Groups[1].Value} (removed on stop)", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (!server.Process.HasExited)
            {
                server.Process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>SIGKILL cannot be caught, so a killed server leaves its folder; the next server removes it (its lock
    /// file is no longer held) and says so. Through the real executable, in child processes.</summary>
    [Fact]
    public async Task A_folder_left_by_a_killed_server_is_removed_by_the_next_server()
    {
        using var workspace = new Workspace();
        File.Delete(workspace.ArticlePath(Workspace.Leaflet)); // the web pages alone: a quick first build
        string left;
        var port = FreePort();
        using (var killed = new ServeProcess(workspace.Root, port))
        {
            try
            {
                await WaitUntilItAnswers(killed, $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
                await killed.WaitForOutput("(removed on stop)", TimeSpan.FromSeconds(30)); // read asynchronously: may trail the first answer
                left = System.Text.RegularExpressions.Regex.Match(killed.Output, @"Preview files are built in (\S+) \(removed on stop\)").Groups[1].Value;
                Assert.True(left.Length > 0, killed.Output);
                killed.Process.Kill();
                Assert.True(killed.Process.WaitForExit(TimeSpan.FromSeconds(20)));
            }
            finally
            {
                if (!killed.Process.HasExited)
                {
                    killed.Process.Kill(entireProcessTree: true);
                }
            }
        }

        Assert.True(Directory.Exists(left), "SIGKILL left no folder: nothing to sweep");
        // Older than the minute a starting server is given to take its lock.
        File.SetLastWriteTimeUtc(Path.Combine(left, ".owner"), DateTime.UtcNow - TimeSpan.FromMinutes(5));

        port = FreePort();
        using var next = new ServeProcess(workspace.Root, port);
        try
        {
            await WaitUntilItAnswers(next, $"http://127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
            Assert.False(Directory.Exists(left), left + " was left behind");
            await next.WaitForOutput($"removed {left}, left by a server that was killed", TimeSpan.FromSeconds(30));
            using (var stop = Process.Start("kill", ["-TERM", next.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await stop.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            Assert.True(next.Process.WaitForExit(TimeSpan.FromSeconds(20)));
            next.Process.WaitForExit();
            Assert.Equal(0, next.Process.ExitCode);
        }
        finally
        {
            if (!next.Process.HasExited)
            {
                next.Process.Kill(entireProcessTree: true);
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The port was free a moment ago; polls until the server answers with the index (it binds, then builds once).</summary>
    private static async Task WaitUntilItAnswers(ServeProcess server, string address)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            Assert.False(server.Process.HasExited, "the server exited: " + server.Error);
            Assert.True(DateTime.UtcNow < deadline, "the server did not answer within 2 minutes");
            try
            {
                if ((await client.GetStringAsync(address, TestContext.Current.CancellationToken)).Contains("Washing your hands", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
