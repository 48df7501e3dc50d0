using System.CommandLine;
using NkHandouts.Serve;

namespace NkHandouts.Cli.Commands;

/// <summary><c>nkhandouts serve</c>: a live preview in the browser while writing (src/NkHandouts.Serve).</summary>
public static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CliContext context)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 to listen on (0: any free port)", DefaultValueFactory = _ => 5180 };
        var open = new Option<bool>("--open") { Description = "Open the index page in the default browser" };
        var command = new Command(Name, "Preview the articles in the browser while you write: pages, reading-level findings on the text, live reload")
        {
            content, templates, port, open,
        };
        command.SetAction((parse, cancel) => Run(context, new ServeOptions
        {
            ContentDir = parse.GetValue(content)!,
            TemplatesDir = parse.GetValue(templates)!,
            Port = parse.GetValue(port),
            Open = parse.GetValue(open),
        }, cancel));
        return command;
    }

    internal static async Task<int> Run(CliContext context, ServeOptions options, CancellationToken cancel)
    {
        if (options.Port is < 0 or > 65535)
        {
            context.Error.WriteLine($"nkhandouts: --port must be between 0 and 65535, not {options.Port}");
            return ExitCodes.UsageOrIo;
        }

        if (!Directory.Exists(options.ContentDir))
        {
            context.Error.WriteLine($"nkhandouts: content folder '{options.ContentDir}' not found; run from the project root or pass --content DIR");
            return ExitCodes.UsageOrIo;
        }

        // Ctrl+C, SIGTERM (a service manager, CI) and SIGHUP stop the server the same way, even during the first build:
        // the build starts no more files and the work folder is removed before the process ends (CliApp leaves the
        // signals to this command).
        using var signals = new StopSignals();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, signals.Token);
        var pipeline = new ServePipeline(Renderers.All(), Renderers.ReadingGate, Renderers.PageGate(), Renderers.Verifiers());
        context.Output.WriteLine($"nkhandouts serve: building the previews of '{options.ContentDir}' with '{options.TemplatesDir}'…");
        ServeHost host;
        try
        {
            host = await ServeHost.StartAsync(options, pipeline, context.Output, stop.Token);
        }
        catch (PortInUseException e)
        {
            context.Error.WriteLine($"nkhandouts: error: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (StoppedWhileStartingException e)
        {
            context.Output.WriteLine($"nkhandouts serve: {Why(signals)} before the first build ended; stopping.");
            return Stopped(context, e.WorkDir);
        }

        var workDir = host.Site.WorkDir;
        await using (host)
        {
            context.Output.WriteLine($"Preview files are built in {workDir} (removed on stop), never in out/.");
            context.Output.WriteLine($"Preview at {host.Address} (listening on the loopback address only). Save a file to update the page; Ctrl+C stops.");
            if (options.Open && !host.OpenBrowser())
            {
                context.Output.WriteLine("Could not open a browser here; open the address above.");
            }

            await host.WaitForShutdownAsync(stop.Token);
            context.Output.WriteLine($"nkhandouts serve: {Why(signals)}; stopping.");
        }

        return Stopped(context, workDir);
    }

    private static string Why(StopSignals signals) => signals.Received is { } s ? s + " received" : "asked to stop";

    /// <summary>Says whether the work folder is gone, rather than assume it: one left behind is named, to remove by hand.</summary>
    private static int Stopped(CliContext context, string workDir)
    {
        if (Directory.Exists(workDir))
        {
            context.Error.WriteLine($"nkhandouts: error: the temporary previews in '{workDir}' could not be removed; remove the folder by hand");
            return ExitCodes.UsageOrIo;
        }

        context.Output.WriteLine($"nkhandouts serve: stopped; the temporary previews in {workDir} were removed.");
        return ExitCodes.Ok;
    }
}
