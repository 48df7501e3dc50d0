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

    /// <summary>Inside a word, after this letter, where the hyphenation patterns allow a break (see
    /// <see cref="AutoHyphens"/>): like <see cref="Soft"/>, a hyphen is drawn only when the line ends here, and the
    /// line breaker takes it only when the line would otherwise stay too short.</summary>
    Auto,

    /// <summary>A forced line break.</summary>
    Hard,

    /// <summary>After a dot or hyphen inside a web address: taken only when no slash or space leaves a line at least
    /// <see cref="LineBreaker.WeakBreakFill"/> full, since a line ending in the address's own hyphen reads as if a
    /// hyphen had been added, and "www.example." / "org" splits a name.</summary>
    Weak,
}
