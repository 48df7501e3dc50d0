using NkHandouts.Diagnostics;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet;

/// <summary>Reads the <c>leaflet:</c> section and <c>page.layout</c> (plus the chosen layout's own page keys), with
/// diagnostics located in template.yaml.</summary>
public static class LeafletOptionsReader
{
    public const string Section = "leaflet";

    public static readonly IReadOnlyList<string> SectionKeys = ["keyPoints", "questions", "qrCode", "justify", "hyphenate", "disclaimer", "defaultQuestions"];

    public static IReadOnlyList<string> PageKeys => ["layout", .. LeafletLayouts.All.SelectMany(l => l.PageKeys).Distinct()];

    public static LeafletOptions Read(TemplateSection section)
    {
        var layout = ReadLayout(section);
        var d = new LeafletOptions();
        var options = section.Options is not { } l
            ? d
            : new LeafletOptions
            {
                KeyPointsBox = l.Bool("keyPoints") ?? d.KeyPointsBox,
                QuestionsBox = l.Bool("questions") ?? d.QuestionsBox,
                QrCode = l.Bool("qrCode") ?? d.QrCode,
                Justify = l.Bool("justify") ?? d.Justify,
                Hyphenate = HyphenationModeReader.Read(section) ?? d.Hyphenate,
                Disclaimer = l.String("disclaimer"),
                DefaultQuestions = l.StringList("defaultQuestions"),
            };
        return options with { Layout = layout, LayoutOptions = layout.ReadPage(section) };
    }

    private static ILeafletLayout ReadLayout(TemplateSection section)
    {
        var page = section.Page;
        var name = page?.String("layout");
        var layout = name is null ? LeafletLayouts.Default : LeafletLayouts.Find(name);
        if (layout is null)
        {
            section.Diagnostics.Error(DiagnosticCodes.InvalidValue, page!.LocationOfValue("layout"), $"unknown layout '{name}'",
                $"use one of {string.Join(", ", LeafletLayouts.All.Select(l => l.Name))}");
            return LeafletLayouts.Default;
        }

        // Another layout's page keys would be ignored here: say so.
        foreach (var other in LeafletLayouts.All.Where(l => l != layout))
        {
            foreach (var key in other.PageKeys.Where(k => !layout.PageKeys.Contains(k) && page?.Has(k) == true))
            {
                section.Diagnostics.Error(DiagnosticCodes.UnknownKey, page!.LocationOf(key), $"page key '{key}' is for the {other.Name} layout; this template's layout is {layout.Name}",
                    $"remove '{key}', or write layout: {other.Name}");
            }
        }

        return layout;
    }
}
