using NkHandouts.Diagnostics;
using NkHandouts.Leaflet;
using NkHandouts.Pdf.Print;
using NkHandouts.Templates;

namespace NkHandouts.Pdf;

/// <summary><c>output: pdf-leaflet</c>: options in the <c>leaflet:</c> section, the layout in <c>page.layout</c>,
/// and the printing condition of the print files (<c>leaflet.printCondition</c>, which only the PDF writer knows).</summary>
public sealed class PdfLeafletOutput : ITemplateOutput
{
    public const string PrintConditionKey = "printCondition";

    public string Key => "pdf-leaflet";

    public string Label => "PDF leaflet";

    public string Section => LeafletOptionsReader.Section;

    public IReadOnlyList<string> SectionKeys => [.. LeafletOptionsReader.SectionKeys, PrintConditionKey];

    public IReadOnlyList<string> PageKeys => LeafletOptionsReader.PageKeys;

    public object ReadOptions(TemplateSection section)
    {
        var options = LeafletOptionsReader.Read(section);
        if (section.Options?.String(PrintConditionKey) is not { } name)
        {
            return options;
        }

        if (OutputCondition.Find(name) is not { } condition)
        {
            section.Diagnostics.Error(DiagnosticCodes.InvalidValue, section.Options.LocationOfValue(PrintConditionKey), $"unknown printing condition '{name}'",
                $"use one of {string.Join(", ", OutputCondition.Named.Keys)}, or leave it out to choose by paper size (GRACoL for Letter and Legal, FOGRA39 otherwise)");
            return options;
        }

        return options with { PrintCondition = condition.Name };
    }

    public IReadOnlyList<TextColumn>? TextColumns(TemplateSection section, object options) =>
        options is LeafletOptions leaflet ? leaflet.Layout.TextColumns(section, leaflet.LayoutOptions) : null;

    /// <summary>The template's font files, read as the leaflet will read them (here, not in <see cref="ReadOptions"/>:
    /// a build that makes no leaflet of the template does not parse its fonts).</summary>
    public void CheckBeforeUse(TemplateSection section, object options, DiagnosticBag diagnostics) =>
        TemplateFontFiles.Check(section.Common, NkHandouts.Layout.FontLocator.WhyUnusable, diagnostics);
}
