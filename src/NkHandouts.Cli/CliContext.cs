using Spectre.Console;

namespace NkHandouts.Cli;

/// <summary>Where a command writes: standard output for results, standard error for diagnostics. Injected so tests
/// can capture both.</summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 120;
        }
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>True on a terminal outside CI: progress displays and colour. False: plain line-by-line output.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    public static CliContext FromProcess() =>
        new(System.Console.Out, System.Console.Error,
            interactive: !System.Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
}
