using NkHandouts.Templates;

namespace NkHandouts.Pdf.Print;

/// <summary>
/// The printing condition a print file is made for: its name in the ICC characterization registry (the PDF/X
/// <c>OutputConditionIdentifier</c>) and the CMYK profile embedded as the output intent. Both profiles were built
/// once with ArgyllCMS from freely licensed characterization data (see Print/Profiles/PROVENANCE.md).
/// </summary>
public sealed record OutputCondition(string Identifier, string Condition, string Info, string ProfileResource)
{
    public const string Registry = "http://www.color.org";

    /// <summary>Offset on coated paper, ISO 12647-2 (Europe and most of the world): FOGRA39.</summary>
    public static readonly OutputCondition Fogra39 = new(
        "FOGRA39",
        "Offset commercial printing, coated paper (ISO 12647-2:2004/Amd 1, paper type 1 or 2)",
        "FOGRA39 characterization data; profile built with ArgyllCMS by NkHandouts (ink limit 300 %)",
        "FOGRA39-NkHandouts.icc");

    /// <summary>GRACoL offset on grade 1 coated paper (North America, Letter-size work): CGATS TR 006.</summary>
    public static readonly OutputCondition GracolTr006 = new(
        "CGATS TR 006",
        "GRACoL offset printing, grade 1 coated paper (ANSI CGATS/GRACoL TR 006-2007)",
        "CGATS TR 006 (GRACoL 2006 Coated #1) characterization data; profile built with ArgyllCMS by NkHandouts (ink limit 320 %)",
        "CGATS-TR006-NkHandouts.icc");

    /// <summary>North American paper sizes print on GRACoL presses; everything else on FOGRA39.</summary>
    public static OutputCondition For(PageSize size) => size.Name.ToLowerInvariant() switch
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
