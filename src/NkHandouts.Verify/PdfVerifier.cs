using NkHandouts.Rendering;
using NkHandouts.Verify.Reading;

namespace NkHandouts.Verify;

/// <summary>Runs a set of checks over PDF files: opens each file once, collects every finding. A file that cannot be
/// parsed, or a damaged object that stops a check, is a finding of the <c>file</c> check, not an exception.</summary>
public sealed class PdfVerifier(IReadOnlyList<IPdfCheck> checks)
{
    public const string FileCheck = "file";

    public IReadOnlyList<IPdfCheck> Checks { get; } = checks;

    public FileVerdict Verify(string path, byte[] bytes) => Verify(path, FinishedOutput.InMemory(bytes));

    public FileVerdict Verify(string path, FinishedOutput output)
    {
        var findings = new List<VerifyFinding>();
        try
        {
            using var pdf = PdfInspection.Open(output);
            foreach (var check in Checks)
            {
                try
                {
                    findings.AddRange(check.Check(pdf));
                }
                catch (PdfDamagedException e)
                {
                    findings.Add(new VerifyFinding(FileCheck, "damaged", $"a damaged object stopped the {check.Id} check: {e.Message}"));
                }
            }
        }
        catch (PdfUnreadableException e)
        {
            findings.Add(new VerifyFinding(FileCheck, "unreadable", $"not a readable PDF: {e.Message}"));
        }

        return new FileVerdict(path, Checks.Select(c => c.Id).ToList(), findings);
    }
}

/// <summary>The findings for one file under the named checks; it passes when there are none.</summary>
public sealed record FileVerdict(string Path, IReadOnlyList<string> Checks, IReadOnlyList<VerifyFinding> Findings)
{
    public bool Passed => Findings.Count == 0;
}
