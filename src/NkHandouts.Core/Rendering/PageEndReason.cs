using NkHandouts.Diagnostics;

namespace NkHandouts.Rendering;

/// <summary>Why a page of a flowing output ends where it does, in words naming the blocks, and where the block that
/// goes over to the next page starts in the article (null when no block of the article made it). The build quotes it
/// when the page check finds the page too empty, so the author reads the cause, not only the measure.</summary>
public sealed record PageEndReason(int Page, string Reason, SourceLocation? Block);
