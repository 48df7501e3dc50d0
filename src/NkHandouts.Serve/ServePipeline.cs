using NkHandouts.Build;
using NkHandouts.Rendering;

namespace NkHandouts.Serve;

/// <summary>
/// The build's moving parts as the CLI registers them (renderers, reading-level gate, page check, verifiers), handed
/// in so the preview runs exactly the pipeline <c>nkhandouts build</c> runs, and Serve never names an output.
/// </summary>
/// <param name="ReadingGate">A fresh gate per build: gates cache one analysis per article, and the text changes.</param>
public sealed record ServePipeline(
    IReadOnlyList<IRenderer> Renderers,
    Func<string, IReadingGate> ReadingGate,
    IPageGate? PageGate = null,
    IReadOnlyList<IOutputVerifier>? Verifiers = null);
