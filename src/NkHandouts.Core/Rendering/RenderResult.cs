using NkHandouts.Diagnostics;

namespace NkHandouts.Rendering;

/// <summary>What rendering one output produced: its page count (0 where pages are not known, e.g. DOCX),
/// extra files written beside it (previews), and warnings such as missing glyphs or low-resolution images.</summary>
public sealed record RenderResult(int Pages, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Extra files returned whole (when <see cref="RenderSettings.ExtraFiles"/> was not given).</summary>
    public IReadOnlyList<ExtraFile> ExtraFiles { get; init; } = [];

    /// <summary>Standards the output claims to meet (e.g. <c>PDF/UA-1</c>); the build verifies each claim with the
    /// <see cref="IOutputVerifier"/> registered for it before writing the file.</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Why each page but the last ends where it does (outputs whose pages flow; empty for the others).</summary>
    public IReadOnlyList<PageEndReason> PageEnds { get; init; } = [];
}

/// <summary>A file that goes with an output (a page preview), relative to the output folder, with its bytes.</summary>
public sealed record ExtraFile(string FileName, byte[] Content);
