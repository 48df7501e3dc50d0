using System.CommandLine;
using NkHandouts.Cli.Commands;
using NkHandouts.Diagnostics;

namespace NkHandouts.Cli;

/// <summary>Wires the commands together. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("nkhandouts: Markdown health articles to print-ready PDF leaflets and editable Word briefings, with a reading-level check.")
        {
            ListCommand.Create(context),
            ValidateCommand.Create(context),
            BuildCommand.Create(context),
            TemplateCommand.Create(context),
            CheckCommand.Create(context),
            ImportCommand.Create(context),
            VerifyCommand.Create(context, Renderers.VerifyProfiles()),
            ServeCommand.Create(context),
        };
        return root;
    }

    /// <summary>A parser message as a user reads it: the argument echoed with its control characters escaped (an
    /// argument must not drive the terminal, as a file name cannot), and .NET type names said in words.</summary>
    internal static string UsageMessage(string message) =>
        Printable.Escape(message)
            .Replace("as expected type 'System.Int32'", "as a whole number", StringComparison.Ordinal)
            .Replace("as expected type 'System.Double'", "as a number (digits, '.' for decimals)", StringComparison.Ordinal);

    public static int Run(string[] args, CliContext context)
    {
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parse.CommandResult.Command.Name == ServeCommand.Name)
        {
            // serve handles its stop signals itself (StopSignals): System.CommandLine would end the process 2 s after
            // one, whatever serve was doing, and its work folder under /tmp was left behind.
            config.ProcessTerminationTimeout = null;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"nkhandouts: {UsageMessage(error.Message)}");
            }

            context.Error.WriteLine("Run 'nkhandouts --help' for usage.");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return parse.Invoke(config);
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"nkhandouts: error {DiagnosticCodes.Unexpected}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Error.WriteLine($"nkhandouts: error {DiagnosticCodes.Unexpected}: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: say so plainly and keep the details for the report.
            context.Error.WriteLine($"nkhandouts: internal error (please report it with this text): {e}");
            return ExitCodes.InternalError;
        }
    }
}
