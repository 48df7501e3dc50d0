using System.Globalization;
using NkHandouts.Diagnostics;
using NkHandouts.Yaml;

namespace NkHandouts.Templates;

/// <summary>
/// The narrowest text column a template may leave (NK205, with the margins' own bound): 10 ems of its body type,
/// about 20 characters a line (an average letter is half an em wide) — 42.3 mm at 12 pt. Each setting has its own
/// bounds, but margins, panel widths and type size together could still leave a column of a few points, in which
/// every word is cut letter by letter or no line fits at all. At 6 ems a leaflet's title (2.1 × the body size) and
/// header were already cut mid-word ("Ther|apy", "Pati|ent"); at 10 ems body text and headings keep whole words and
/// the page check judges the measure (45–75 characters for patients), though a long clinic name beside the logo, in a
/// band narrower than the column, can still break ("Riversi|de" on an A5 booklet at 24 pt). Refused where templates are loaded, so validate, list and build say
/// the same, at the setting that makes the column absurd.
/// </summary>
public static class TextColumnWidth
{
    public const double MinEms = 10;

    public static void Check(IReadOnlyList<TextColumn> columns, Typography typography, YamlMap? page, YamlMap? typographyMap, DiagnosticBag diagnostics)
    {
        if (diagnostics.Items.Any(x => x.Code == DiagnosticCodes.ImpossibleMargins))
        {
            return; // the margins are refused against the page already: one error for them is enough
        }

        var min = Length.FromPt(MinEms * typography.BodySize.Points);
        var body = typography.BodySize.Points.ToString("0.##", CultureInfo.InvariantCulture);
        foreach (var c in columns.Where(c => c.Text.Points < min.Points - 1e-6))
        {
            var left = c.Text.Points <= 0 ? "leave no text column" : $"leave a text column {Show(c.Text)} wide";
            var where = $"{c.Where} ({Mm(c.Width)} less {Mm(c.Margins)} of margins); a text column must be at least {MinEms:0} ems of the body type, {Show(min)} at {body} pt";
            if (c.Margins.Points >= c.Width.Points / 2 || page is null)
            {
                diagnostics.Error(DiagnosticCodes.ImpossibleMargins, MarginAt(page, c.MarginKey), $"margins {left} {where}",
                    "reduce the margins; about 20 characters a line is the least a line of text needs");
            }
            else if (c.WidthAt is { } panels)
            {
                diagnostics.Error(DiagnosticCodes.ImpossibleMargins, panels, $"the panel widths and margins {left} {where}",
                    "widen the narrow panel (the panels add up to the sheet width), or leave panels out to have them derived");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ImpossibleMargins, typographyMap?.Has("bodySize") == true ? typographyMap.LocationOfValue("bodySize") : MarginAt(page, c.MarginKey),
                    $"the body size ({body} pt) and margins {left} {where}",
                    "lower typography.bodySize or reduce the margins");
            }

            return; // the first column too narrow: the fix is the same for the others
        }
    }

    /// <summary>The margin that takes the room: its own key in a margins mapping, else the margins value.</summary>
    private static SourceLocation MarginAt(YamlMap? page, string key) =>
        page is null ? default
        : page.Node("margins") is YamlDotNet.RepresentationModel.YamlMappingNode && page.Map("margins") is { } m && m.Has(key) ? m.LocationOfValue(key)
        : page.LocationOfValue("margins");

    private static string Mm(Length l) => string.Create(CultureInfo.InvariantCulture, $"{l.Millimetres:0.#} mm");

    private static string Show(Length l) =>
        string.Create(CultureInfo.InvariantCulture, $"{l.Millimetres:0.#} mm ({l.Points:0.#} pt)");
}
