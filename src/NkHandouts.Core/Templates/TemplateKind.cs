namespace NkHandouts.Templates;

/// <summary>What a template makes. Written in template.yaml as <c>output: pdf-leaflet</c> or <c>output: docx-briefing</c>.</summary>
public enum TemplateKind
{
    PdfLeaflet,
    DocxBriefing,
}
