namespace NkHandouts.Layout;

/// <summary>Whether a line may end after a character, and how.</summary>
internal enum BreakKind : byte
{
    None,

    /// <summary>After a space; the space hangs past the line end and is not drawn.</summary>
    Space,

    /// <summary>After a visible hyphen, dash or slash.</summary>
    After,

    /// <summary>At a soft hyphen (U+00AD): invisible unless the line ends there, then drawn as '-'.</summary>
    Soft,

    /// <summary>A forced line break.</summary>
    Hard,
}
