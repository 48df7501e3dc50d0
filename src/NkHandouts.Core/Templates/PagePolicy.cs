namespace NkHandouts.Templates;

/// <summary>
/// What the finished pages must look like for an audience, checked by reading the built PDF back (<c>pageCheck:</c>
/// in template.yaml, per audience like <c>readingLevel:</c>). Null limits are measured and reported, never judged.
/// The patient defaults follow NHS, CDC and RNIB guidance and WCAG 2.2 (docs/readiness.md).
/// </summary>
public sealed record PagePolicy
{
    /// <summary>Smallest body text size in points (the size most of a page's text is set in).</summary>
    public double? MinBodySize { get; init; }

    /// <summary>Smallest size of any text, furniture included (footers, source lines).</summary>
    public double? MinTextSize { get; init; }

    public double? MinCharsPerLine { get; init; }
    public double? MaxCharsPerLine { get; init; }

    /// <summary>Smallest baseline-to-baseline distance of body lines, as a multiple of their size (1.5 for large print).</summary>
    public double? MinLineSpacing { get; init; }

    /// <summary>WCAG 2.2 contrast for normal text (1.4.3: 4.5) and large text, 18 pt or 14 pt bold (3).</summary>
    public double? MinContrast { get; init; }
    public double? MinLargeTextContrast { get; init; }

    public bool AllowJustified { get; init; } = true;

    /// <summary>Longest run of words set in capitals that passes.</summary>
    public int? MaxCapsRunWords { get; init; }

    /// <summary>Highest share of italic letters on a page, in percent.</summary>
    public double? MaxItalicPercent { get; init; }

    /// <summary>Highest empty share of a page's text area, in percent; the last page is exempt.</summary>
    public double? MaxEmptyPercent { get; init; }

    public int? MaxWordsBetweenHeadings { get; init; }

    /// <summary>False: measure and report, never stop an output.</summary>
    public bool Enforce { get; init; }

    public static readonly PagePolicy Patients = new()
    {
        MinBodySize = 12,
        MinTextSize = 9,
        MinCharsPerLine = 45,
        MaxCharsPerLine = 75,
        MinContrast = 4.5,
        MinLargeTextContrast = 3,
        AllowJustified = false,
        MaxCapsRunWords = 3,
        MaxEmptyPercent = 40,
        Enforce = true,
    };

    /// <summary>Measured, nothing judged.</summary>
    public static readonly PagePolicy ReportOnly = new();

    public static PagePolicy DefaultFor(string audience) =>
        ReadingPolicy.DefaultFor(audience) == ReadingPolicy.Patients ? Patients : ReportOnly;
}
