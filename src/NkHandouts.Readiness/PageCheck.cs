using NkHandouts.Rendering;
using NkHandouts.Readiness.Measures;
using NkHandouts.Readiness.Pages;
using NkHandouts.Readiness.Policy;
using NkHandouts.Templates;

namespace NkHandouts.Readiness;

/// <summary>The page check of one PDF: measurements per page, findings, and the verdict under the policy.</summary>
public sealed record PageCheckResult(string File, string? Audience, PagePolicy Policy, IReadOnlyList<PageMeasurement> Pages, IReadOnlyList<PageFinding> Findings)
{
    /// <summary>How the file's pages were read when not one by one (an imposed booklet's sheets, cut into their
    /// reading pages), for the report's heading; null for an ordinary file.</summary>
    public string? Reading { get; init; }

    public bool Broken => Findings.Any(f => f.Level is FindingLevel.Error or FindingLevel.Warning);

    /// <summary>pass, fail (an enforced policy is broken) or report (the policy only reports).</summary>
    public string Verdict => !Policy.Enforce ? "report" : Broken ? "fail" : "pass";

    public IReadOnlyList<string> Reasons => Findings.Where(f => f.Level != FindingLevel.Note).Select(f => f.Message).ToList();
}

/// <summary>Reads a finished PDF back (PdfPig) and judges its pages. Entry point for the build and <c>check</c>.</summary>
public static class PageCheck
{
    /// <summary>Documents up to this many pages are read once and their pages kept for the second pass; longer ones
    /// are read twice, one page at a time.</summary>
    public const int KeptPages = 32;

    public static PageCheckResult Run(string file, byte[] pdf, PagePolicy policy, string? audience) => Run(file, pdf, policy, audience, KeptPages);

    /// <param name="keptPages">At most this many pages are kept from the first reading (tests choose 0 to force two).</param>
    public static PageCheckResult Run(string file, byte[] pdf, PagePolicy policy, string? audience, int keptPages) =>
        Run(file, FinishedOutput.InMemory(pdf), policy, audience, keptPages);

    /// <summary>The build's entry: the staged file, read through a stream (never held whole).</summary>
    public static PageCheckResult Run(string file, FinishedOutput pdf, PagePolicy policy, string? audience) => Run(file, pdf, policy, audience, KeptPages);

    public static PageCheckResult Run(string file, FinishedOutput pdf, PagePolicy policy, string? audience, int keptPages)
    {
        // Two passes, page by page (document-wide figures first). A leaflet's few pages are kept from the first reading
        // for the second (the reading is most of the check's time, and the build checks every PDF it writes); a long
        // document is read again rather than holding every page's glyphs at once (issue 19).
        var colours = ("", false, (int?)null);
        var kept = new List<PageContent>();
        var keeping = true;
        var read = false;
        var measured = PageMeasurer.Measure(visit =>
        {
            if (read && keeping)
            {
                kept.ForEach(visit);
                return;
            }

            colours = PdfPageReader.Stream(pdf, page =>
            {
                if (!read && keeping)
                {
                    keeping = kept.Count < keptPages;
                    if (keeping)
                    {
                        kept.Add(page);
                    }
                    else
                    {
                        kept.Clear();
                    }
                }

                visit(page);
            });
            read = true;
        }, policy.MaxCapsRunWords ?? 3);
        var (colourReading, estimated, imposedSides) = colours;
        var findings = PageEvaluator.Evaluate(measured, policy).Select(f => estimated && f.RuleId == PageRules.Contrast
            ? f with { Message = $"{f.Message} [{colourReading}]" } // an estimate may be wrong either way: say so where it matters
            : f).ToList();
        if (measured.Count > 0)
        {
            findings.Insert(0, new PageFinding(PageRules.Contrast, FindingLevel.Note, measured[0].Page, "colours: " + colourReading));
        }

        string? reading = null;
        if (imposedSides is { } sides && measured.Count > 0)
        {
            reading = $"imposed booklet: the {sides} press sheet sides are judged as the {measured.Count} reading pages they carry, cut at the spine and put in reading order (blank pages inside the back cover left out); page numbers are reading pages";
            findings.Insert(0, new PageFinding(PageRules.EmptyPage, FindingLevel.Note, 1, reading));
        }

        return new PageCheckResult(file, audience, policy, measured, findings) { Reading = reading };
    }

    /// <summary>True for bytes that start like a PDF file.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.Length > 5 && bytes[..5].SequenceEqual("%PDF-"u8);

    public static bool IsPdf(FinishedOutput output) => output.Length > 5 && output.StartsWith("%PDF-"u8);
}
