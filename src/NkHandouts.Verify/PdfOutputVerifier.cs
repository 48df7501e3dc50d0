using NkHandouts.Diagnostics;
using NkHandouts.Rendering;

namespace NkHandouts.Verify;

/// <summary>The build's view of a check: an output that claims <see cref="Claim"/> is read back and every finding
/// becomes an NK430 error located at the output, so the build refuses to write a file that breaks its claim.</summary>
public sealed class PdfOutputVerifier(IPdfCheck check) : IOutputVerifier
{
    public string Claim => check.Claim;

    public IReadOnlyList<Diagnostic> Verify(string fileName, FinishedOutput output)
    {
        var verdict = new PdfVerifier([check]).Verify(fileName, output);
        return verdict.Findings.Select(f => new Diagnostic(
            Severity.Error,
            DiagnosticCodes.OutputNonConforming,
            SourceLocation.FileOnly(fileName),
            $"claims {check.Claim} but fails {f.QualifiedRule}: {f.Message}{Where(f)}",
            $"this is a writer bug or a layout that breaks {check.Claim}; run 'nkhandouts verify' on a copy to see every finding, and report it")).ToList();
    }

    private static string Where(VerifyFinding f)
    {
        var parts = new[] { f.Page is { } p ? $"page {p}" : null, f.Where }.Where(s => s is not null).ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }
}
