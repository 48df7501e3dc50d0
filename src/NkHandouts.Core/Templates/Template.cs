namespace NkHandouts.Templates;

/// <summary>A loaded, validated template folder (<c>templates/&lt;name&gt;/template.yaml</c> plus its assets).</summary>
public sealed record Template
{
    public required string Name { get; init; }
    public required string Folder { get; init; }
    public string? Description { get; init; }
    /// <summary>The <c>output:</c> key: which renderer makes this template's files (see <see cref="ITemplateOutput"/>).</summary>
    public required string Output { get; init; }
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

    /// <summary>The output's own options, read from its section by its <see cref="ITemplateOutput"/>.</summary>
    public object? Options { get; init; }

    public TemplateLimits Limits { get; init; } = new();

    /// <summary>The output's costly checks when loading left them for later (<see cref="TemplateUseChecks.WhenUsed"/>);
    /// null when they ran at load (<see cref="TemplateUseChecks.AtLoad"/>), with the load's diagnostics.</summary>
    public DeferredTemplateCheck? Deferred { get; init; }

    /// <summary>True: an article whose translation source changed since its recorded hash is not built with this
    /// template (NK131 as an error, naming both files); false (default): a warning.</summary>
    public bool FailOnStaleTranslation { get; init; }

    /// <summary>Furniture strings overridden per language (<c>strings: { es: { questions: … } }</c>).</summary>
    public IReadOnlyDictionary<string, Localization.LanguageStrings> Strings { get; init; } = new Dictionary<string, Localization.LanguageStrings>();

    public string FilePath => Path.Combine(Folder, "template.yaml");

    public bool Serves(string audience) => Audiences.Count == 0 || Audiences.Contains(audience, StringComparer.OrdinalIgnoreCase);

    public ReadingPolicy PolicyFor(string audience) => ReadingLevel.TryGetValue(audience, out var p) ? p : ReadingPolicy.DefaultFor(audience);

    public PagePolicy PagePolicyFor(string audience) => PageCheck.TryGetValue(audience, out var p) ? p : PagePolicy.DefaultFor(audience);

    /// <summary>What the output's costly checks found (<see cref="ITemplateOutput.CheckBeforeUse"/>), running them now if
    /// loading left them for later; empty when they ran at load, whose diagnostics already hold them.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> CheckBeforeUse() => Deferred?.Diagnostics ?? [];

    /// <summary>The output's options as <typeparamref name="T"/>; throws when the template was loaded for another
    /// output (a renderer handed the wrong template is a bug, not a content error).</summary>
    public T OptionsAs<T>() where T : class =>
        Options as T ?? throw new InvalidOperationException($"template '{Name}' (output: {Output}) carries {Options?.GetType().Name ?? "no options"}, not {typeof(T).Name}");
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
public sealed record FontFile(string Family, string Style, string Path)
{
    /// <summary>Where template.yaml names the file: a font that turns out unusable is reported there.</summary>
    public Diagnostics.SourceLocation? At { get; init; }
}

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
    /// <summary>Links, rules and the fact label and icon. #00704A: 5.4:1 on the default fact tint (the earlier #007F5F
    /// was 4.4:1, under AA for the fact label in leaflets and briefings).</summary>
    public Colour Accent { get; init; } = new(0x00, 0x70, 0x4A);
    public Colour Heading { get; init; } = new(0x00, 0x3F, 0x72);
    public Colour MythBackground { get; init; } = new(0xFD, 0xEC, 0xEA);

    /// <summary>The myth label, rule and icon (the fact box uses <see cref="Accent"/>): a colour of its own so a myth
    /// differs from a fact by more than its tint, with a print value like every other printed colour.</summary>
    public Colour Myth { get; init; } = new(0xA1, 0x26, 0x1B);
    public Colour FactBackground { get; init; } = new(0xE6, 0xF4, 0xEA);
    public Colour BoxBackground { get; init; } = new(0xEA, 0xF2, 0xFA);

    /// <summary>Print (CMYK) values the template gives next to a screen colour, by colour name
    /// (<c>primary: { screen: "#005EA5", print: "cmyk(100,43,0,35)" }</c>). A colour without one is converted
    /// through the print file's output profile.</summary>
    public IReadOnlyDictionary<string, Cmyk> Print { get; init; } = new Dictionary<string, Cmyk>();

    /// <summary>Each named colour with its screen value, for renderers that map colours by name.</summary>
    public IEnumerable<(string Name, Colour Screen)> Named =>
    [
        ("text", Text), ("background", Background), ("primary", Primary), ("onPrimary", OnPrimary), ("accent", Accent),
        ("heading", Heading), ("mythBackground", MythBackground), ("myth", Myth), ("factBackground", FactBackground), ("boxBackground", BoxBackground),
    ];
}
