namespace NkHandouts.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked (warnings may have been printed).</summary>
    public const int Ok = 0;

    /// <summary>Content or template errors, or a reading-level policy failed.</summary>
    public const int ContentError = 1;

    /// <summary>Wrong command-line usage, or a file could not be read or written.</summary>
    public const int UsageOrIo = 2;

    /// <summary>A bug in nkhandouts: the message asks for a report.</summary>
    public const int InternalError = 3;
}
