namespace NkHandouts.Templates;

/// <summary>
/// What reading level an audience's material must meet. Kept in a template's <c>readingLevel:</c> section; without
/// one, <see cref="DefaultFor"/> applies (AMA/NIH suggest grade 6–8 for patient material, the CDC no harder than 8).
/// </summary>
public sealed record ReadingPolicy
{
    /// <summary>Highest grade that passes (the consensus grade in English, SOL in Spanish); null means no limit.</summary>
    public double? MaxGrade { get; init; }

    /// <summary>The grade writers should aim for; above it (but within <see cref="MaxGrade"/>) the verdict is warn.</summary>
    public double? TargetGrade { get; init; }

    public int? MaxSentenceWords { get; init; }

    /// <summary>Highest share of words with three or more syllables, in percent. English only: Spanish words are
    /// longer (enfermedad has four syllables), so the share says little there.</summary>
    public double? MaxComplexWordPercent { get; init; }

    /// <summary>Lowest Szigriszt-Pazos perspicuity that passes, Spanish only (INFLESZ: 55 normal, 65 bastante fácil).</summary>
    public double? MinPerspicuity { get; init; }

    /// <summary>Overrides for one language, keyed by primary subtag (<c>es</c>): the whole policy for that language.</summary>
    public IReadOnlyDictionary<string, ReadingPolicy> Languages { get; init; } = new Dictionary<string, ReadingPolicy>();

    /// <summary>The policy for text in <paramref name="languageTag"/> (BCP 47): its override if any, else this one.</summary>
    public ReadingPolicy ForLanguage(string? languageTag)
    {
        var primary = (languageTag ?? "").Split('-', '_')[0];
        return Languages.TryGetValue(primary, out var own) ? own : this;
    }

    /// <summary>False: report the figures, never fail (e.g. clinicians).</summary>
    public bool Enforce { get; init; }

    public static readonly ReadingPolicy Patients = new()
    {
        MaxGrade = 8,
        TargetGrade = 6,
        MaxSentenceWords = 20,
        MaxComplexWordPercent = 15,
        MinPerspicuity = 65,
        Enforce = true,
    };

    public static readonly ReadingPolicy ReportOnly = new() { Enforce = false };

    public static ReadingPolicy DefaultFor(string audience) =>
        PlainLanguageAudiences.Contains(audience, StringComparer.OrdinalIgnoreCase) ? Patients : ReportOnly;

    /// <summary>Audiences held to the patient policy by default.</summary>
    public static readonly IReadOnlyList<string> PlainLanguageAudiences = ["patients", "patient", "public", "caregivers", "carers"];

    /// <summary>Audiences every project knows without a template naming them.</summary>
    public static readonly IReadOnlyList<string> KnownAudiences = [.. PlainLanguageAudiences, "clinicians"];
}
