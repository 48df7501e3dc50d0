namespace NkHandouts.Templates;

/// <summary>A loaded, validated template folder (<c>templates/&lt;name&gt;/template.yaml</c> plus its assets).</summary>
public sealed record Template
{
    public required string Name { get; init; }
    public required string Folder { get; init; }
    public string? Description { get; init; }
    public required TemplateKind Kind { get; init; }
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>Audiences outside <see cref="Audiences"/> whose articles may still be built with this template
    /// (<c>allowAudiences:</c>), on purpose; any other audience is refused (NK230).</summary>
    public IReadOnlyList<string> AllowAudiences { get; init; } = [];
    public required PageSetup Page { get; init; }
    public required Typography Typography { get; init; }
    public required Brand Brand { get; init; }

    /// <summary>The template's policy per audience; an audience not listed gets <see cref="ReadingPolicy.DefaultFor"/>.</summary>
    public IReadOnlyDictionary<string, ReadingPolicy> ReadingLevel { get; init; } = new Dictionary<string, ReadingPolicy>();

    /// <summary>Page-level policy per audience (<c>pageCheck:</c>); an audience not listed gets <see cref="PagePolicy.DefaultFor"/>.</summary>
    public IReadOnlyDictionary<string, PagePolicy> PageCheck { get; init; } = new Dictionary<string, PagePolicy>();

    public LeafletOptions Leaflet { get; init; } = new();
    public BriefingOptions Briefing { get; init; } = new();

    public TemplateLimits Limits { get; init; } = new();

    public string FilePath => Path.Combine(Folder, "template.yaml");

    public bool Serves(string audience) => Audiences.Count == 0 || Audiences.Contains(audience, StringComparer.OrdinalIgnoreCase);

    public ReadingPolicy PolicyFor(string audience) => ReadingLevel.TryGetValue(audience, out var p) ? p : ReadingPolicy.DefaultFor(audience);

    public PagePolicy PagePolicyFor(string audience) => PageCheck.TryGetValue(audience, out var p) ? p : PagePolicy.DefaultFor(audience);
}

/// <summary>Page geometry. Sizes are the variants the template builds (the first is the default).</summary>
public sealed record PageSetup
{
    public required IReadOnlyList<PageSize> Sizes { get; init; }

    /// <summary>False when the template named no size and <see cref="Sizes"/> is the default: an output may then choose
    /// the paper by the article's locale (Letter in the US).</summary>
    public bool SizesDeclared { get; init; } = true;
    public bool Landscape { get; init; }
    public required Thickness Margins { get; init; }

    /// <summary>How far colour that touches the trim runs past it, for the print variant. Default 3 mm.</summary>
    public Length Bleed { get; init; } = Length.FromMm(3);

    public bool CropMarks { get; init; } = true;

    /// <summary>single (pages in order), trifold (two sides of three panels) or booklet (A5 saddle-stitched).</summary>
    public string Layout { get; init; } = "single";

    /// <summary>Panel widths across a tri-fold sheet, left to right (outside side).</summary>
    public IReadOnlyList<Length> Panels { get; init; } = [];
}

public readonly record struct Thickness(Length Top, Length Right, Length Bottom, Length Left)
{
    public static Thickness All(Length l) => new(l, l, l, l);
}

public sealed record Typography
{
    public string BodyFont { get; init; } = "DejaVu Sans";
    public string HeadingFont { get; init; } = "DejaVu Sans";
    public Length BodySize { get; init; } = Length.FromPt(12);
    public double LineHeight { get; init; } = 1.4;

    /// <summary>Font files shipped in the template folder, found before system fonts.</summary>
    public IReadOnlyList<FontFile> Fonts { get; init; } = [];
}

/// <summary>A font file for one face of a family. Style is regular, bold, italic or bolditalic.</summary>
public sealed record FontFile(string Family, string Style, string Path);

public sealed record Brand
{
    public string? ClinicName { get; init; }
    public string? Contact { get; init; }

    /// <summary>Full path of the logo (SVG or PNG) inside the template folder.</summary>
    public string? Logo { get; init; }

    public required BrandColours Colours { get; init; }
}

public sealed record BrandColours
{
    public Colour Text { get; init; } = new(0x1A, 0x1A, 0x1A);
    public Colour Background { get; init; } = Colour.White;
    public Colour Primary { get; init; } = new(0x00, 0x5E, 0xA5);
    public Colour OnPrimary { get; init; } = Colour.White;
    public Colour Accent { get; init; } = new(0x00, 0x7F, 0x5F);
    public Colour Heading { get; init; } = new(0x00, 0x3F, 0x72);
    public Colour MythBackground { get; init; } = new(0xFD, 0xEC, 0xEA);
    public Colour FactBackground { get; init; } = new(0xE6, 0xF4, 0xEA);
    public Colour BoxBackground { get; init; } = new(0xEA, 0xF2, 0xFA);
}

public sealed record LeafletOptions
{
    public bool KeyPointsBox { get; init; } = true;
    public bool QuestionsBox { get; init; } = true;
    public bool QrCode { get; init; } = true;
    public bool Justify { get; init; }
    public string? Disclaimer { get; init; }

    /// <summary>Questions printed in the "Questions to ask your care team" box when the article has no
    /// <c>::: questions</c> container of its own.</summary>
    public IReadOnlyList<string> DefaultQuestions { get; init; } = [];
}

public sealed record BriefingOptions
{
    /// <summary>Full path of the Word reference document whose styles the briefing uses; null: built-in styles.</summary>
    public string? Reference { get; init; }

    public bool TableOfContents { get; init; } = true;
}
