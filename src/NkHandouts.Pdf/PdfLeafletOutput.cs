using NkHandouts.Leaflet;
using NkHandouts.Templates;

namespace NkHandouts.Pdf;

/// <summary><c>output: pdf-leaflet</c>: options in the <c>leaflet:</c> section, the layout in <c>page.layout</c>.</summary>
public sealed class PdfLeafletOutput : ITemplateOutput
{
    public string Key => "pdf-leaflet";

    public string Label => "PDF leaflet";

    public string Section => LeafletOptionsReader.Section;

    public IReadOnlyList<string> SectionKeys => LeafletOptionsReader.SectionKeys;

    public IReadOnlyList<string> PageKeys => LeafletOptionsReader.PageKeys;

    public object ReadOptions(TemplateSection section) => LeafletOptionsReader.Read(section);
}
