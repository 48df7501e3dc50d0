using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;
using YamlDotNet.RepresentationModel;

namespace NkHandouts.Templates;

/// <summary>Loads and validates <c>templates/&lt;name&gt;/template.yaml</c>: the keys every template shares here, the
/// output's own section by the <see cref="ITemplateOutput"/> its <c>output:</c> names. Unknown keys are errors: a
/// typo in a template silently changes every leaflet built from it.</summary>
public static class TemplateLoader
{
    /// <summary>Top-level keys every template may have, whatever its output.</summary>
    public static readonly IReadOnlyList<string> CommonKeys = ["name", "description", "output", "audiences", "allowAudiences", "page", "typography", "brand", "readingLevel", "pageCheck", "limits", "strings", "staleTranslation"];

    /// <summary><c>page:</c> keys every template may have; outputs add their own (<see cref="ITemplateOutput.PageKeys"/>).</summary>
    public static readonly IReadOnlyList<string> CommonPageKeys = ["size", "sizes", "orientation", "margins", "bleed", "cropMarks"];
    private static readonly string[] MarginKeys = ["top", "right", "bottom", "left"];
    private static readonly string[] TypographyKeys = ["bodyFont", "headingFont", "bodySize", "lineHeight", "fonts"];
    private static readonly string[] FontKeys = ["family", "style", "file"];
    private static readonly string[] BrandKeys = ["clinicName", "contact", "logo", "colours"];
    private static readonly string[] ColourKeys = ["text", "background", "primary", "onPrimary", "accent", "heading", "mythBackground", "myth", "factBackground", "boxBackground"];
    private static readonly string[] ReadingKeys = ["maxGrade", "targetGrade", "maxSentenceWords", "maxComplexWordPercent", "minPerspicuity", "enforce", "languages"];
    private static readonly string[] LimitKeys = ["maxPages", "maxImagePixels", "maxTableColumns", "maxWordLength", "maxNestingDepth"];

    /// <summary>WCAG AA for body-size text.</summary>
    public const double MinimumContrast = 4.5;

    /// <param name="checks">When the output's costly checks run: with the others (<see cref="TemplateUseChecks.AtLoad"/>),
    /// or when the template is used (<see cref="Template.CheckBeforeUse"/>).</param>
    public static LoadResult<Template> Load(string folder, TemplateOutputs outputs, TemplateUseChecks checks = TemplateUseChecks.AtLoad)
    {
        var diagnostics = new DiagnosticBag();
        var file = Path.Combine(folder, "template.yaml");
        if (!File.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceLocation.FileOnly(folder), "template folder has no template.yaml", "every folder under templates/ needs a template.yaml; see docs/templates.md");
            return new LoadResult<Template>(null, diagnostics.Items);
        }

        var text = SourceFile.ReadText(file, diagnostics, 1024 * 1024);
        var map = text is null ? null : YamlSource.Parse(text, file, lineOffset: 0, diagnostics, "template.yaml");
        var template = map is null ? null : Read(map, folder, outputs, checks);
        return new LoadResult<Template>(diagnostics.HasErrors ? null : template, diagnostics.Items);
    }

    private static Template? Read(YamlMap map, string folder, TemplateOutputs outputs, TemplateUseChecks checks)
    {
        var d = map.Diagnostics;
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var name = map.String("name") ?? folderName;
        if (name != folderName)
        {
            d.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("name"), $"template name '{name}' differs from its folder '{folderName}'", $"rename the folder or write name: {folderName}");
        }

        var known = string.Join(" or ", outputs.Keys);
        var outputText = map.String("output", required: true, hint: $"add 'output: ' and one of {known}");
        var output = outputText is null ? null : outputs.Find(outputText);
        if (outputText is not null && output is null)
        {
            var closest = Text.KeySuggester.Closest(outputText, [.. outputs.Keys]);
            d.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("output"), $"unknown output '{outputText}'",
                closest is null ? $"use {known}" : $"did you mean '{closest}'? (outputs: {known})");
        }

        CheckSections(map, output, outputs);
        var pageMap = map.Map("page");
        var page = ReadPage(pageMap, [.. CommonPageKeys, .. output?.PageKeys ?? []]);
        var typography = ReadTypography(map.Map("typography"), folder);
        var brand = ReadBrand(map.Map("brand"), folder);
        var template = new Template
        {
            Name = name,
            Folder = Path.GetFullPath(folder),
            Description = map.String("description"),
            Output = output?.Key ?? outputText ?? "",
            Audiences = map.StringList("audiences").Select(a => a.ToLowerInvariant()).ToList(),
            AllowAudiences = map.StringList("allowAudiences").Select(a => a.ToLowerInvariant()).ToList(),
            Page = page,
            Typography = typography,
            Brand = brand,
            ReadingLevel = ReadPolicies(map.Map("readingLevel")),
            Strings = ReadStrings(map.Map("strings")),
            FailOnStaleTranslation = ReadStaleTranslation(map),
            PageCheck = PagePolicyReader.Read(map.Map("pageCheck")),
            Limits = ReadLimits(map.Map("limits")),
        };
        CheckContrast(template, map.Has("brand") ? map.Map("brand")!.Map("colours") ?? map : map);
        if (output is null)
        {
            return null;
        }

        var section = map.Has(output.Section) ? map.Map(output.Section) : null;
        section?.CheckKeys([.. output.SectionKeys], output.Section, unknownIsError: true);
        var read = new TemplateSection(section, pageMap, map, template);
        var options = output.ReadOptions(read);
        TextColumnWidth.Check(output.TextColumns(read, options) ?? TextColumn.OfPage(template.Page), template.Typography, pageMap, map.Map("typography"), d);
        var deferred = new DeferredTemplateCheck(output, read, options);
        if (checks == TemplateUseChecks.WhenUsed)
        {
            // A template that failed already is not used, so its deferred check never runs: nothing it would find matters
            // to a build until the errors reported now are fixed.
            return template with { Options = options, Deferred = deferred };
        }

        // Now, also when the template failed already: one validate reports everything wrong with it, as before.
        d.AddRange(deferred.Diagnostics);
        return template with { Options = options };
    }

    /// <summary>Top-level keys are the common ones and the template's own output section; another registered
    /// output's section would be silently ignored, so it is an error too.</summary>
    private static void CheckSections(YamlMap map, ITemplateOutput? output, TemplateOutputs outputs)
    {
        var allowed = new List<string>(CommonKeys);
        if (output is not null)
        {
            allowed.Add(output.Section);
        }
        else
        {
            allowed.AddRange(outputs.All.Select(o => o.Section)); // the output is unknown: say only that
        }

        foreach (var key in map.Keys.Where(k => !allowed.Contains(k)).ToList())
        {
            if (outputs.BySection(key) is { } other)
            {
                map.Diagnostics.Error(DiagnosticCodes.UnknownKey, map.LocationOf(key), $"'{key}' holds options for {other.Key} templates; this template makes {output!.Key}",
                    $"remove the '{key}' section, or put its options under '{output.Section}'");
            }
        }

        map.CheckKeys([.. allowed, .. outputs.All.Select(o => o.Section)], "template", unknownIsError: true);
    }

    private static PageSetup ReadPage(YamlMap? page, IReadOnlyCollection<string> pageKeys)
    {
        var sizes = new List<PageSize>();
        var margins = Thickness.All(Length.FromMm(18));
        if (page is null)
        {
            return new PageSetup { Sizes = [PageSize.A4], SizesDeclared = false, Margins = margins };
        }

        var d = page.Diagnostics;
        page.CheckKeys(pageKeys, "page", unknownIsError: true);
        foreach (var key in new[] { "size", "sizes" })
        {
            foreach (var s in page.StringList(key))
            {
                if (PageSize.Named.TryGetValue(s, out var size))
                {
                    sizes.Add(size);
                }
                else
                {
                    d.Error(DiagnosticCodes.InvalidLength, page.LocationOfValue(key), $"unknown page size '{s}'", $"use one of {string.Join(", ", PageSize.Named.Keys)}");
                }
            }
        }

        var declared = sizes.Count > 0;
        if (!declared)
        {
            sizes.Add(PageSize.A4);
        }

        var orientation = page.String("orientation") ?? "portrait";
        if (orientation is not ("portrait" or "landscape"))
        {
            d.Error(DiagnosticCodes.InvalidValue, page.LocationOfValue("orientation"), $"orientation must be portrait or landscape, not '{orientation}'");
        }

        var landscape = orientation == "landscape";
        margins = ReadMargins(page) ?? margins;
        foreach (var size in sizes)
        {
            var s = landscape ? size.Landscape() : size;
            if (margins.Left.Points + margins.Right.Points >= s.Width.Points * 0.8 || margins.Top.Points + margins.Bottom.Points >= s.Height.Points * 0.8)
            {
                d.Error(DiagnosticCodes.ImpossibleMargins, page.LocationOf("margins"), $"margins leave almost no room on {s.Name} ({s.Width.Millimetres:0} × {s.Height.Millimetres:0} mm)", "margins must leave at least a fifth of the page's width and height for content");
                break;
            }
        }

        return new PageSetup
        {
            Sizes = sizes,
            SizesDeclared = declared,
            Landscape = landscape,
            Margins = margins,
            Bleed = ReadLength(page, "bleed", Length.FromMm(0), Length.FromMm(MaxBleedMm), "print shops ask for 3 mm (1/8 in); bleed over 20 mm only wastes paper") ?? Length.FromMm(3),
            CropMarks = page.Bool("cropMarks") ?? true,
        };
    }

    private static Thickness? ReadMargins(YamlMap page)
    {
        var node = page.Node("margins");
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode)
        {
            return ReadLength(page, "margins") is { } all ? Thickness.All(all) : null;
        }

        var m = page.Map("margins");
        if (m is null)
        {
            return null;
        }

        m.CheckKeys(MarginKeys, "margins", unknownIsError: true);
        var fallback = Length.FromMm(18);
        // Margins are bounded against the page (NK205: at least a fifth of each dimension left), not one by one.
        return new Thickness(ReadLength(m, "top") ?? fallback, ReadLength(m, "right") ?? fallback, ReadLength(m, "bottom") ?? fallback, ReadLength(m, "left") ?? fallback);
    }

    // Bounds for lengths a template gives (absurd values are refused where they are written, not rendered as
    // 57,000-point pages): the widest sensible bleed, margin and type sizes.
    // Margins are bounded against the page size instead (NK205), and the text column they leave against the body
    // size (TextColumnWidth, NK205 too).
    public const double MaxBleedMm = 20, MinBodyPt = 6, MaxBodyPt = 72;

    /// <summary>A length within [<paramref name="min"/>, <paramref name="max"/>], or null after a located error.</summary>
    public static Length? ReadLength(YamlMap map, string key, Length min, Length max, string why)
    {
        if (ReadLength(map, key) is not { } length)
        {
            return null;
        }

        if (length.Points >= min.Points - 1e-9 && length.Points <= max.Points + 1e-9)
        {
            return length;
        }

        string Show(Length l) => max.Points <= 100 && min.Points >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{l.Points:0.##} pt")
            : string.Create(CultureInfo.InvariantCulture, $"{l.Millimetres:0.##} mm");
        map.Diagnostics.Error(DiagnosticCodes.InvalidLength, map.LocationOfValue(key),
            $"'{key}' is {Show(length)}; it must be between {Show(min)} and {Show(max)}", $"{why}; write a value in that range");
        return null;
    }

    /// <summary>A length such as <c>18mm</c> or <c>12pt</c>, or null (after a located error when it is not one).</summary>
    public static Length? ReadLength(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (Length.TryParse(text, out var l))
        {
            return l;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidLength, map.LocationOfValue(key), $"'{key}' must be a length, not '{text}'", "write a number and a unit: 18mm, 12pt, 0.75in or 2cm");
        return null;
    }

    private static Typography ReadTypography(YamlMap? t, string folder)
    {
        if (t is null)
        {
            return new Typography();
        }

        t.CheckKeys(TypographyKeys, "typography", unknownIsError: true);
        var fonts = new List<FontFile>();
        {
            foreach (var fm in t.MapList("fonts"))
            {
                fm.CheckKeys(FontKeys, "font", unknownIsError: true);
                var family = fm.String("family", required: true);
                var style = (fm.String("style") ?? "regular").ToLowerInvariant();
                var file = TemplateAssets.Resolve(fm, "file", folder, required: true);
                if (family is not null && file is not null)
                {
                    fonts.Add(new FontFile(family, style, file) { At = fm.LocationOfValue("file") });
                }
            }
        }

        var defaults = new Typography();
        return new Typography
        {
            BodyFont = t.String("bodyFont") ?? defaults.BodyFont,
            HeadingFont = t.String("headingFont") ?? defaults.HeadingFont,
            BodySize = ReadLength(t, "bodySize", Length.FromPt(MinBodyPt), Length.FromPt(MaxBodyPt), "body text is read at 10–14 pt; patient material at 12 pt or more") ?? defaults.BodySize,
            LineHeight = t.Number("lineHeight", 1.0, 3.0) ?? defaults.LineHeight,
            Fonts = fonts,
        };
    }

    private static Brand ReadBrand(YamlMap? b, string folder)
    {
        if (b is null)
        {
            return new Brand { Colours = new BrandColours() };
        }

        b.CheckKeys(BrandKeys, "brand", unknownIsError: true);
        var c = b.Map("colours");
        var colours = new BrandColours();
        if (c is not null)
        {
            c.CheckKeys(ColourKeys, "colour", unknownIsError: true);
            var print = new Dictionary<string, Cmyk>();
            colours = new BrandColours
            {
                Text = ReadColour(c, print, "text") ?? colours.Text,
                Background = ReadColour(c, print, "background") ?? colours.Background,
                Primary = ReadColour(c, print, "primary") ?? colours.Primary,
                OnPrimary = ReadColour(c, print, "onPrimary") ?? colours.OnPrimary,
                Accent = ReadColour(c, print, "accent") ?? colours.Accent,
                Heading = ReadColour(c, print, "heading") ?? colours.Heading,
                MythBackground = ReadColour(c, print, "mythBackground") ?? colours.MythBackground,
                Myth = ReadColour(c, print, "myth") ?? colours.Myth,
                FactBackground = ReadColour(c, print, "factBackground") ?? colours.FactBackground,
                BoxBackground = ReadColour(c, print, "boxBackground") ?? colours.BoxBackground,
                Print = print,
            };
        }

        return new Brand
        {
            ClinicName = b.String("clinicName"),
            Contact = b.String("contact"),
            Logo = TemplateAssets.Resolve(b, "logo", folder, required: false),
            Colours = colours,
        };
    }

    /// <summary>A colour is <c>"#RRGGBB"</c>, or <c>{ screen: "#RRGGBB", print: "cmyk(c,m,y,k)" }</c> to give the
    /// print value too (added to <paramref name="print"/>).</summary>
    private static Colour? ReadColour(YamlMap map, Dictionary<string, Cmyk> print, string key)
    {
        if (map.Node(key) is YamlMappingNode)
        {
            var pair = map.Map(key)!;
            pair.CheckKeys(["screen", "print"], "colour", unknownIsError: true);
            var screen = ReadColour(pair, print, "screen");
            if (pair.String("print") is { } text)
            {
                if (Cmyk.TryParse(text, out var cmyk))
                {
                    print[key] = cmyk;
                }
                else
                {
                    map.Diagnostics.Error(DiagnosticCodes.InvalidColour, pair.LocationOfValue("print"), $"'{text}' is not a print colour",
                        "write print colours as \"cmyk(C,M,Y,K)\" in percent, e.g. \"cmyk(100,43,0,35)\"");
                }
            }

            if (screen is null && !pair.Has("screen"))
            {
                map.Diagnostics.Error(DiagnosticCodes.MissingKey, pair.Location, $"colour '{key}' has no screen value",
                    "add screen: \"#RRGGBB\" next to print:");
            }

            return screen;
        }

        var value = map.String(key);
        if (value is null)
        {
            return null;
        }

        if (Colour.TryParse(value, out var colour))
        {
            return colour;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidColour, map.LocationOfValue(key), $"'{value}' is not a colour",
            "write colours as \"#RRGGBB\" in quotes, e.g. \"#005EA5\", or { screen: \"#005EA5\", print: \"cmyk(100,43,0,35)\" }");
        return null;
    }

    /// <summary><c>staleTranslation: warn | fail</c> (default warn).</summary>
    private static bool ReadStaleTranslation(YamlMap map)
    {
        var value = map.String("staleTranslation");
        if (value is null or "warn")
        {
            return false;
        }

        if (value != "fail")
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("staleTranslation"), $"'staleTranslation' must be warn or fail, not '{value}'", "write staleTranslation: fail to refuse outdated translations");
        }

        return value == "fail";
    }

    /// <summary><c>strings:</c> maps a language (en, es, es-MX) to furniture strings that replace the built-in ones.</summary>
    private static IReadOnlyDictionary<string, Localization.LanguageStrings> ReadStrings(YamlMap? s)
    {
        var strings = new Dictionary<string, Localization.LanguageStrings>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in s?.Keys.ToList() ?? [])
        {
            if (s!.Map(language) is { } map)
            {
                strings[language] = Localization.LanguageStrings.Read(language, map);
            }
        }

        return strings;
    }

    /// <summary><c>readingLevel:</c> maps each audience to its policy: <c>patients: {maxGrade: 8, …}</c>.</summary>
    private static IReadOnlyDictionary<string, ReadingPolicy> ReadPolicies(YamlMap? r)
    {
        var policies = new Dictionary<string, ReadingPolicy>(StringComparer.OrdinalIgnoreCase);
        if (r is null)
        {
            return policies;
        }

        foreach (var audience in r.Keys.ToList())
        {
            if (ReadPolicy(r.Map(audience)) is { } policy)
            {
                policies[audience] = policy;
            }
        }

        return policies;
    }

    private static ReadingPolicy? ReadPolicy(YamlMap? r, bool nested = false)
    {
        if (r is null)
        {
            return null;
        }

        r.CheckKeys(nested ? ReadingKeys[..^1] : ReadingKeys, "readingLevel", unknownIsError: true);
        var words = r.Number("maxSentenceWords", 1, 200);
        var languages = new Dictionary<string, ReadingPolicy>(StringComparer.OrdinalIgnoreCase);
        if (!nested && r.Map("languages") is { } perLanguage)
        {
            // languages: { es: { maxGrade: 8, minPerspicuity: 65 } } — the whole policy for text in that language.
            foreach (var language in perLanguage.Keys.ToList())
            {
                if (ReadPolicy(perLanguage.Map(language), nested: true) is { } own)
                {
                    languages[language] = own;
                }
            }
        }

        return new ReadingPolicy
        {
            MaxGrade = r.Number("maxGrade", 0, 30),
            TargetGrade = r.Number("targetGrade", 0, 30),
            MaxSentenceWords = words is null ? null : (int)words,
            MaxComplexWordPercent = r.Number("maxComplexWordPercent", 0, 100),
            MinPerspicuity = r.Number("minPerspicuity", 0, 120),
            Enforce = r.Bool("enforce") ?? true,
            Languages = languages,
        };
    }

    private static TemplateLimits ReadLimits(YamlMap? l)
    {
        if (l is null)
        {
            return new TemplateLimits();
        }

        l.CheckKeys(LimitKeys, "limits", unknownIsError: true);
        var d = new TemplateLimits();
        return new TemplateLimits
        {
            MaxPages = (int)(l.Number("maxPages", 1, 10_000) ?? d.MaxPages),
            MaxTableColumns = (int)(l.Number("maxTableColumns", 1, 50) ?? d.MaxTableColumns),
            MaxImagePixels = (long)(l.Number("maxImagePixels", 1, 1_000_000_000) ?? d.MaxImagePixels),
            MaxWordLength = (int)(l.Number("maxWordLength", 10, 10_000) ?? d.MaxWordLength),
            MaxNestingDepth = (int)(l.Number("maxNestingDepth", 1, 10) ?? d.MaxNestingDepth),
        };
    }

    private static void CheckContrast(Template t, YamlMap at)
    {
        var c = t.Brand.Colours;
        (string Pair, Colour Fore, Colour Back)[] pairs =
        [
            ("text on background", c.Text, c.Background),
            ("heading on background", c.Heading, c.Background),
            ("onPrimary on primary", c.OnPrimary, c.Primary),
            ("text on mythBackground", c.Text, c.MythBackground),
            ("text on factBackground", c.Text, c.FactBackground),
            ("text on boxBackground", c.Text, c.BoxBackground),
            ("heading on boxBackground", c.Heading, c.BoxBackground),
            ("accent on background", c.Accent, c.Background),
        ];
        foreach (var (pair, fore, back) in pairs)
        {
            var ratio = Colour.Contrast(fore, back);
            if (ratio < MinimumContrast)
            {
                at.Diagnostics.Error(DiagnosticCodes.LowContrast, at.Location, $"contrast of {pair} is {ratio.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}:1; text needs at least 4.5:1",
                    "darken the text colour or lighten the background (WCAG 2 AA)");
            }
        }
    }
}
