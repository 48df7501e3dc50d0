using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// The printing condition a print file is made for: its name in the ICC characterization registry (the PDF/X
/// <c>OutputConditionIdentifier</c>) and the CMYK profile embedded as the output intent. Both profiles were built
/// once with ArgyllCMS from freely licensed characterization data (see Print/Profiles/PROVENANCE.md).
/// </summary>
public sealed record OutputCondition(string Identifier, string Condition, string Info, string ProfileResource, double[] BlackLightness)
{
    public const string Registry = "http://www.color.org";

    /// <summary>Offset on coated paper, ISO 12647-2 (Europe and most of the world): FOGRA39.</summary>
    public static readonly OutputCondition Fogra39 = new(
        "FOGRA39",
        "Offset commercial printing, coated paper (ISO 12647-2:2004/Amd 1, paper type 1 or 2)",
        "FOGRA39 characterization data; profile built with ArgyllCMS by NkHandouts (ink limit 300 %)",
        "FOGRA39-NkHandouts.icc",
        [100.00, 96.89, 93.67, 90.47, 87.19, 83.83, 80.37, 76.78, 73.08, 69.34, 65.46, 61.48, 57.27, 52.88, 48.34, 43.64, 38.84, 34.02, 28.93, 23.08, 17.43]);

    /// <summary>GRACoL offset on grade 1 coated paper (North America, Letter-size work): CGATS TR 006.</summary>
    public static readonly OutputCondition GracolTr006 = new(
        "CGATS TR 006",
        "GRACoL offset printing, grade 1 coated paper (ANSI CGATS/GRACoL TR 006-2007)",
        "CGATS TR 006 (GRACoL 2006 Coated #1) characterization data; profile built with ArgyllCMS by NkHandouts (ink limit 320 %)",
        "CGATS-TR006-NkHandouts.icc",
        [100.00, 96.29, 92.62, 88.92, 85.23, 81.64, 78.11, 74.54, 70.77, 67.00, 63.22, 59.41, 55.38, 51.14, 46.75, 42.31, 37.67, 32.73, 27.40, 21.94, 16.38]);

    /// <summary>
    /// How light black ink alone prints, CIE L* relative to the paper, at K = 0, 5, … 100 %: read from the profile
    /// once with LittleCMS (a test re-reads it), so greys become black-only tints without the colour engine.
    /// </summary>
    public double[] BlackLightness { get; } = BlackLightness.Length == 21 ? BlackLightness : throw new ArgumentException("21 values, K = 0 to 100 in steps of 5");

    /// <summary>The black-only tint as light as an sRGB grey of lightness <paramref name="lightness"/>, with black
    /// point compensation (sRGB black is solid black ink, white is paper).</summary>
    public byte BlackFor(double lightness)
    {
        var t = BlackLightness;
        var target = t[^1] + (t[0] - t[^1]) * Math.Clamp(lightness, 0, 100) / 100;
        for (var i = 1; i < t.Length; i++)
        {
            if (target >= t[i])
            {
                var k = 5 * (i - 1 + (t[i - 1] - target) / (t[i - 1] - t[i]));
                return (byte)Math.Round(k, MidpointRounding.AwayFromZero);
            }
        }

        return 100;
    }

    /// <summary>The conditions a template can name in <c>leaflet.printCondition</c>.</summary>
    public static readonly IReadOnlyDictionary<string, OutputCondition> Named = new Dictionary<string, OutputCondition>(StringComparer.OrdinalIgnoreCase)
    {
        ["FOGRA39"] = Fogra39,
        ["GRACoL"] = GracolTr006,
    };

    /// <summary>The name a template uses for this condition.</summary>
    public string Name => Named.First(n => n.Value == this).Key;

    public static OutputCondition? Find(string name) => Named.TryGetValue(name, out var c) ? c : null;

    /// <summary>The template's choice when it makes one; otherwise North American paper sizes print on GRACoL
    /// presses and everything else on FOGRA39.</summary>
    public static OutputCondition For(PageSize size, string? chosen = null) => chosen is not null && Find(chosen) is { } c ? c : size.Name.ToLowerInvariant() switch
    {
        "letter" or "legal" or "tabloid" or "ledger" => GracolTr006,
        _ => Fogra39,
    };

    /// <summary>The embedded ICC profile's bytes.</summary>
    public byte[] Profile() => ProfileData.Read(ProfileResource);
}

/// <summary>ICC profiles shipped inside this assembly.</summary>
internal static class ProfileData
{
    private static readonly Dictionary<string, byte[]> Cache = [];

    public static byte[] Srgb() => Read("sRGB.icc");

    public static byte[] Read(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var bytes))
            {
                using var s = typeof(ProfileData).Assembly.GetManifestResourceStream("NkHandouts.Pdf.Print.Profiles." + name)
                    ?? throw new InvalidOperationException($"profile '{name}' is not embedded");
                using var m = new MemoryStream();
                s.CopyTo(m);
                bytes = m.ToArray();
                Cache[name] = bytes;
            }

            return bytes;
        }
    }
}
