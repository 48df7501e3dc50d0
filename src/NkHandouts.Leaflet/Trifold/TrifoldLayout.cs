using System.Globalization;
using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Templates;
using NkHandouts.Yaml;

namespace NkHandouts.Leaflet.Trifold;

/// <summary><c>layout: trifold</c>: one landscape sheet, two sides of three panels (see <see cref="TrifoldComposer"/>).
/// Reads <c>page.panels</c>: three widths that add up to every sheet's width (within 0.5 mm).</summary>
public sealed class TrifoldLayout : ILeafletLayout
{
    public string Name => "trifold";

    public bool NarrowColumns => true;

    public IReadOnlyList<string> PageKeys => ["panels"];

    public ComposedLeaflet Compose(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null) =>
        TrifoldComposer.Fit(article, template, fonts, diagnostics, size, print, neverHyphenate);

    /// <summary>The panel widths listed in the template, or an empty list (derived per size).</summary>
    public object? ReadPage(TemplateSection section)
    {
        var page = section.Page;
        var panels = new List<Length>();
        if (page is null)
        {
            return panels;
        }

        var d = section.Diagnostics;
        RefuseOwnRightMargin(section, page, d);
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

        if (panels.Count == 0)
        {
            return panels;
        }

        if (panels.Count != 3)
        {
            d.Error(DiagnosticCodes.PanelWidths, page.LocationOfValue("panels"), $"a tri-fold has 3 panels, not {panels.Count}", "list three widths, e.g. [97mm, 100mm, 100mm] for A4");
            return panels;
        }

        var sum = panels.Sum(p => p.Millimetres);
        foreach (var size in section.Common.Page.Sizes)
        {
            var sheet = section.Common.Page.Landscape ? size.Landscape() : size;
            if (Math.Abs(sum - sheet.Width.Millimetres) > 0.5)
            {
                d.Error(DiagnosticCodes.PanelWidths, page.LocationOfValue("panels"),
                    $"panel widths add up to {sum.ToString("0.#", CultureInfo.InvariantCulture)} mm but the {size.Name} sheet is {sheet.Width.Millimetres.ToString("0.#", CultureInfo.InvariantCulture)} mm wide",
                    "make them add up to the sheet width, or leave panels out to have them derived for each size");
                break;
            }
        }

        return panels;
    }

    /// <summary>The composer pads every panel by <c>margins.left</c> on both sides of a fold, so a right margin of its
    /// own would be silently unused: refused where it is written (NK105, as an unused key is).</summary>
    private static void RefuseOwnRightMargin(TemplateSection section, YamlMap page, DiagnosticBag d)
    {
        if (page.Node("margins") is not YamlDotNet.RepresentationModel.YamlMappingNode || page.Map("margins") is not { } margins || margins.Node("right") is null)
        {
            return;
        }

        var m = section.Common.Page.Margins;
        if (Math.Abs(m.Right.Points - m.Left.Points) > 0.01)
        {
            d.Error(DiagnosticCodes.UnknownKey, margins.LocationOf("right"),
                $"a tri-fold does not use margins.right ({m.Right.Millimetres.ToString("0.#", CultureInfo.InvariantCulture)} mm): every panel is padded by margins.left ({m.Left.Millimetres.ToString("0.#", CultureInfo.InvariantCulture)} mm) on both sides of a fold",
                "remove 'right', or give it the left margin's value");
        }
    }

    /// <summary>Each panel of each sheet size, less the margin on both of its sides (the composer pads every panel by
    /// the left margin either side of a fold); a listed panel width is located at <c>panels</c>.</summary>
    public IReadOnlyList<TextColumn>? TextColumns(TemplateSection section, object? layoutOptions)
    {
        var page = section.Common.Page;
        var listed = layoutOptions as IReadOnlyList<Length> ?? [];
        var at = listed.Count == 3 ? section.Page?.LocationOfValue("panels") : null;
        var columns = new List<TextColumn>();
        foreach (var size in page.Sizes)
        {
            var panels = TrifoldPanels.For(size.Landscape().Width.Points, listed).Outside;
            for (var i = 0; i < panels.Count; i++)
            {
                columns.Add(new TextColumn($"in panel {i + 1} of the {size.Name} sheet", Length.FromPt(panels[i]), Length.FromPt(2 * page.Margins.Left.Points), "left", at));
            }
        }

        return columns;
    }

    /// <summary>The panel widths a template listed (empty: derive them per size).</summary>
    public static IReadOnlyList<Length> Panels(Template template) =>
        LeafletOptions.Of(template).LayoutOptions as IReadOnlyList<Length> ?? [];
}
