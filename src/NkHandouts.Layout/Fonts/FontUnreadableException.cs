namespace NkHandouts.Layout;

/// <summary>A font file that exists but cannot be used: not TrueType/OpenType, truncated, or unreadable. The file is
/// the template's (or the system's), so the message names it and why, never "report a bug".</summary>
public sealed class FontUnreadableException(string path, string reason, Exception? inner = null)
    : Exception($"font file '{path}' cannot be used: {reason}", inner)
{
    public string FilePath { get; } = path;
    public string Reason { get; } = reason;
}
