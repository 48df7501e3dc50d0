namespace NkHandouts.Templates;

/// <summary>
/// What reading level an audience's material must meet. Kept in a template's <c>readingLevel:</c> section; without
/// one, <see cref="DefaultFor"/> applies (AMA/NIH suggest grade 6–8 for patient material, the CDC no harder than 8).
/// </summary>
public sealed record ReadingPolicy
{
    /// <summary>Highest consensus grade that passes; null means no limit.</summary>
    public double? MaxGrade { get; init; }

    /// <summary>The grade writers should aim for; above it (but within <see cref="MaxGrade"/>) the verdict is warn.</summary>
    public double? TargetGrade { get; init; }

    public int? MaxSentenceWords { get; init; }

    /// <summary>Highest share of words with three or more syllables, in percent.</summary>
    public double? MaxComplexWordPercent { get; init; }

    /// <summary>False: report the figures, never fail (e.g. clinicians).</summary>
    public bool Enforce { get; init; }

    public static readonly ReadingPolicy Patients = new()
    {
        MaxGrade = 8, TargetGrade = 6, MaxSentenceWords = 20, MaxComplexWordPercent = 15, Enforce = true,
    };

    public static readonly ReadingPolicy ReportOnly = new() { Enforce = false };

    public static ReadingPolicy DefaultFor(string audience) => audience.ToLowerInvariant() switch
    {
        "patients" or "patient" or "public" or "caregivers" or "carers" => Patients,
        _ => ReportOnly,
    };
}
