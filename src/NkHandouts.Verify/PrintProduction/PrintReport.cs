namespace NkHandouts.Verify.PrintProduction;

/// <summary>What <see cref="PdfX4Checker"/> found in one file, and the facts it read (for the summary line).</summary>
public sealed record PrintReport(string File, IReadOnlyList<PrintFinding> Findings)
{
    public bool Passed => Findings.Count == 0;

    /// <summary>The output intent's condition identifier (e.g. FOGRA39), when there is one.</summary>
    public string? OutputCondition { get; init; }

    public int Pages { get; init; }

    /// <summary>Colour operators and images checked, to show the check looked at something.</summary>
    public int ColourUses { get; init; }

    public int TextRuns { get; init; }
}
