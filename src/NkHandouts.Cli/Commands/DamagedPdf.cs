using NkHandouts.Diagnostics;

namespace NkHandouts.Cli.Commands;

/// <summary>
/// A PDF the page check cannot read (cut short, a broken cross-reference table): the file's fault, reported as such
/// (exit 2, like any unreadable input), never as an internal error.
/// </summary>
internal static class DamagedPdf
{

    public static int Report(CliContext context, string file, Readiness.Pages.UnreadablePdfException e)
    {
        context.Error.WriteLine($"{Printable.Escape(file)}: error {DiagnosticCodes.FileUnreadable}: {Printable.Escape(e.Message)}");
        context.Error.WriteLine("  hint: the file is damaged or cut short; build it again (or check it with 'qpdf --check')");
        return ExitCodes.UsageOrIo;
    }
}
