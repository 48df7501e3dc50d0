using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.IO;
using NkHandouts.Yaml;
using YamlDotNet.RepresentationModel;

namespace NkHandouts.Templates;

/// <summary>Loads and validates <c>templates/&lt;name&gt;/template.yaml</c>. Unknown keys are errors here: a typo in a
/// template silently changes every leaflet built from it.</summary>
public static class TemplateLoader
{
    internal static readonly string[] Keys = ["name", "description", "output", "audiences", "allowAudiences", "page", "typography", "brand", "readingLevel", "pageCheck", "leaflet", "briefing", "limits"];
    private static readonly string[] PageKeys = ["size", "sizes", "orientation", "margins", "bleed", "cropMarks", "layout", "panels"];
    private static readonly string[] MarginKeys = ["top", "right", "bottom", "left"];
    private static readonly string[] TypographyKeys = ["bodyFont", "headingFont", "bodySize", "lineHeight", "fonts"];
    private static readonly string[] FontKeys = ["family", "style", "file"];
    private static readonly string[] BrandKeys = ["clinicName", "contact", "logo", "colours"];
    private static readonly string[] ColourKeys = ["text", "background", "primary", "onPrimary", "accent", "heading", "mythBackground", "factBackground", "boxBackground"];
    private static readonly string[] ReadingKeys = ["maxGrade", "targetGrade", "maxSentenceWords", "maxComplexWordPercent", "minPerspicuity", "enforce", "languages"];
    private static readonly string[] LeafletKeys = ["keyPoints", "questions", "qrCode", "justify", "disclaimer", "defaultQuestions"];
    private static readonly string[] BriefingKeys = ["reference", "tableOfContents"];
    private static readonly string[] LimitKeys = ["maxPages", "maxImagePixels"];
    private static readonly string[] Layouts = ["single", "trifold", "booklet"];

    /// <summary>WCAG AA for body-size text.</summary>
    public const double MinimumContrast = 4.5;

    public static LoadResult<Template> Load(string folder)
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
        var template = map is null ? null : Read(map, folder);
        return new LoadResult<Template>(diagnostics.HasErrors ? null : template, diagnostics.Items);
    }

    private static Template? Read(YamlMap map, string folder)
    {
        var d = map.Diagnostics;
        map.CheckKeys(Keys, "template", unknownIsError: true);
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var name = map.String("name") ?? folderName;
        if (name != folderName)
        {
            d.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("name"), $"template name '{name}' differs from its folder '{folderName}'", $"rename the folder or write name: {folderName}");
        }

        var outputText = map.String("output", required: true, hint: "add 'output: pdf-leaflet' or 'output: docx-briefing'");
        TemplateKind? kind = outputText switch
        {
            "pdf-leaflet" => TemplateKind.PdfLeaflet,
            "docx-briefing" => TemplateKind.DocxBriefing,
            null => null,
            _ => null,
        };
        if (outputText is not null && kind is null)
        {
            d.Error(DiagnosticCodes.InvalidValue, map.LocationOfValue("output"), $"unknown output '{outputText}'", "use pdf-leaflet or docx-briefing");
        }

        var page = ReadPage(map.Map("page"), map);
        var typography = ReadTypography(map.Map("typography"), folder);
        var brand = ReadBrand(map.Map("brand"), folder);
        var template = new Template
        {
            Name = name,
            Folder = Path.GetFullPath(folder),
            Description = map.String("description"),
            Kind = kind ?? TemplateKind.PdfLeaflet,
            Audiences = map.StringList("audiences").Select(a => a.ToLowerInvariant()).ToList(),
            AllowAudiences = map.StringList("allowAudiences").Select(a => a.ToLowerInvariant()).ToList(),
            Page = page,
            Typography = typography,
            Brand = brand,
            ReadingLevel = ReadPolicies(map.Map("readingLevel")),
            PageCheck = PagePolicyReader.Read(map.Map("pageCheck")),
            Leaflet = ReadLeaflet(map.Map("leaflet")),
            Briefing = ReadBriefing(map.Map("briefing"), folder),
            Limits = ReadLimits(map.Map("limits")),
        };
        CheckContrast(template, map.Has("brand") ? map.Map("brand")!.Map("colours") ?? map : map);
        return kind is null ? null : template;
    }

    private static PageSetup ReadPage(YamlMap? page, YamlMap parent)
    {
        var sizes = new List<PageSize>();
        var margins = Thickness.All(Length.FromMm(18));
        if (page is null)
        {
            return new PageSetup { Sizes = [PageSize.A4], SizesDeclared = false, Margins = margins };
        }

        var d = page.Diagnostics;
        page.CheckKeys(PageKeys, "page", unknownIsError: true);
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

        var layout = page.String("layout") ?? "single";
        if (!Layouts.Contains(layout))
        {
            d.Error(DiagnosticCodes.InvalidValue, page.LocationOfValue("layout"), $"unknown layout '{layout}'", $"use one of {string.Join(", ", Layouts)}");
        }

        var panels = new List<Length>();
        foreach (var p in page.StringList("panels"))
        {
            if (Length.TryParse(p, out var l))
            {
                panels.Add(l);
            }
            else
            {
                d.Error(DiagnosticCodes.InvalidLength, page.LocationOfValue("panels"), $"panel width '{p}' is not a length", "write lengths as 100mm, 12pt or 4in");
            }
        }

        CheckPanels(page, d, panels, sizes, landscape);
        return new PageSetup
        {
            Sizes = sizes,
            SizesDeclared = declared,
            Landscape = landscape,
            Margins = margins,
            Bleed = ReadLength(page, "bleed") ?? Length.FromMm(3),
            CropMarks = page.Bool("cropMarks") ?? true,
            Layout = layout,
            Panels = panels,
        };
    }

    /// <summary>Tri-fold panels, when listed, are three widths that add up to every sheet's width (within 0.5 mm).</summary>
    private static void CheckPanels(YamlMap page, DiagnosticBag d, List<Length> panels, List<PageSize> sizes, bool landscape)
    {
        if (panels.Count == 0)
        {
            return;
        }

        if (panels.Count != 3)
        {
            d.Error(DiagnosticCodes.PanelWidths, page.LocationOfValue("panels"), $"a tri-fold has 3 panels, not {panels.Count}", "list three widths, e.g. [97mm, 100mm, 100mm] for A4");
            return;
        }

        var sum = panels.Sum(p => p.Millimetres);
        foreach (var size in sizes)
        {
            var sheet = landscape ? size.Landscape() : size;
            if (Math.Abs(sum - sheet.Width.Millimetres) > 0.5)
            {
                d.Error(DiagnosticCodes.PanelWidths, page.LocationOfValue("panels"),
                    $"panel widths add up to {sum.ToString("0.#", CultureInfo.InvariantCulture)} mm but the {size.Name} sheet is {sheet.Width.Millimetres.ToString("0.#", CultureInfo.InvariantCulture)} mm wide",
                    "make them add up to the sheet width, or leave panels out to have them derived for each size");
                return;
            }
        }
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
        return new Thickness(ReadLength(m, "top") ?? fallback, ReadLength(m, "right") ?? fallback, ReadLength(m, "bottom") ?? fallback, ReadLength(m, "left") ?? fallback);
    }

    internal static Length? ReadLength(YamlMap map, string key)
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
                var file = ResolveAsset(fm, "file", folder, required: true);
                if (family is not null && file is not null)
                {
                    fonts.Add(new FontFile(family, style, file));
                }
            }
        }

        var defaults = new Typography();
        return new Typography
        {
            BodyFont = t.String("bodyFont") ?? defaults.BodyFont,
            HeadingFont = t.String("headingFont") ?? defaults.HeadingFont,
            BodySize = ReadLength(t, "bodySize") ?? defaults.BodySize,
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
            colours = new BrandColours
            {
                Text = ReadColour(c, "text") ?? colours.Text,
                Background = ReadColour(c, "background") ?? colours.Background,
                Primary = ReadColour(c, "primary") ?? colours.Primary,
                OnPrimary = ReadColour(c, "onPrimary") ?? colours.OnPrimary,
                Accent = ReadColour(c, "accent") ?? colours.Accent,
                Heading = ReadColour(c, "heading") ?? colours.Heading,
                MythBackground = ReadColour(c, "mythBackground") ?? colours.MythBackground,
                FactBackground = ReadColour(c, "factBackground") ?? colours.FactBackground,
                BoxBackground = ReadColour(c, "boxBackground") ?? colours.BoxBackground,
            };
        }

        return new Brand
        {
            ClinicName = b.String("clinicName"),
            Contact = b.String("contact"),
            Logo = ResolveAsset(b, "logo", folder, required: false),
            Colours = colours,
        };
    }

    private static Colour? ReadColour(YamlMap map, string key)
    {
        var text = map.String(key);
        if (text is null)
        {
            return null;
        }

        if (Colour.TryParse(text, out var colour))
        {
            return colour;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidColour, map.LocationOfValue(key), $"'{text}' is not a colour", "write colours as \"#RRGGBB\" in quotes, e.g. \"#005EA5\"");
        return null;
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

    private static LeafletOptions ReadLeaflet(YamlMap? l)
    {
        if (l is null)
        {
            return new LeafletOptions();
        }

        l.CheckKeys(LeafletKeys, "leaflet", unknownIsError: true);
        var d = new LeafletOptions();
        return new LeafletOptions
        {
            KeyPointsBox = l.Bool("keyPoints") ?? d.KeyPointsBox,
            QuestionsBox = l.Bool("questions") ?? d.QuestionsBox,
            QrCode = l.Bool("qrCode") ?? d.QrCode,
            Justify = l.Bool("justify") ?? d.Justify,
            Disclaimer = l.String("disclaimer"),
            DefaultQuestions = l.StringList("defaultQuestions"),
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
            MaxImagePixels = (long)(l.Number("maxImagePixels", 1, 1_000_000_000) ?? d.MaxImagePixels),
        };
    }

    private static BriefingOptions ReadBriefing(YamlMap? b, string folder)
    {
        if (b is null)
        {
            return new BriefingOptions();
        }

        b.CheckKeys(BriefingKeys, "briefing", unknownIsError: true);
        return new BriefingOptions
        {
            Reference = ResolveAsset(b, "reference", folder, required: false),
            TableOfContents = b.Bool("tableOfContents") ?? true,
        };
    }

    private static string? ResolveAsset(YamlMap map, string key, string folder, bool required)
    {
        var relative = map.String(key, required);
        if (relative is null)
        {
            return null;
        }

        var full = ProjectPath.Resolve(folder, relative, out var reason);
        if (full is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.UnsafePath, map.LocationOfValue(key), $"'{relative}' is refused: {reason}", "keep template assets inside the template folder");
            return null;
        }

        if (!File.Exists(full))
        {
            map.Diagnostics.Error(DiagnosticCodes.TemplateFileMissing, map.LocationOfValue(key), $"'{relative}' not found in the template folder", $"add the file to {folder} or fix the name (names are case-sensitive)");
            return null;
        }

        return full;
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
