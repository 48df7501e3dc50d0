using NkHandouts.Cli;

namespace NkHandouts.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new CliContext(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
