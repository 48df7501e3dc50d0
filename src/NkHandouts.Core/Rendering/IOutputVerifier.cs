using NkHandouts.Diagnostics;

namespace NkHandouts.Rendering;

/// <summary>
/// Checks a finished output against a standard it claims (<see cref="RenderResult.Claims"/>), reading the bytes
/// independently of the code that wrote them. The build knows verifiers only through this interface; any error
/// stops that output from being written.
/// </summary>
public interface IOutputVerifier
{
    /// <summary>The claim this verifier checks, e.g. <c>PDF/UA-1</c>.</summary>
    string Claim { get; }

    IReadOnlyList<Diagnostic> Verify(string fileName, FinishedOutput output);
}
