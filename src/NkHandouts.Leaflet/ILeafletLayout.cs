using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet;

/// <summary>
/// One way of laying a leaflet out, chosen by <c>page.layout</c> in template.yaml. A new layout is a folder with a
/// class implementing this and one line in <see cref="LeafletLayouts"/>; the renderers and Core do not change.
/// </summary>
public interface ILeafletLayout
{
    /// <summary>The <c>page.layout</c> value, e.g. <c>single</c>.</summary>
    string Name { get; }

    /// <summary>True when the layout also yields imposed sheets (pages two-up in saddle-stitch order).</summary>
    bool Imposed => false;

    /// <summary>True when the layout sets text in narrow columns (a tri-fold's panels): boxes and bullets then take
    /// less indent.</summary>
    bool NarrowColumns => false;

    /// <summary>Extra <c>page:</c> keys only this layout reads (e.g. tri-fold panel widths).</summary>
    IReadOnlyList<string> PageKeys => [];

    /// <summary>Reads this layout's <see cref="PageKeys"/> (diagnostics located in template.yaml); the result comes
    /// back as <see cref="LeafletOptions.LayoutOptions"/>.</summary>
    object? ReadPage(TemplateSection section) => null;

    /// <summary>The columns this layout sets text in (<see cref="ITemplateOutput.TextColumns"/>); null: the page less
    /// its margins.</summary>
    IReadOnlyList<TextColumn>? TextColumns(TemplateSection section, object? layoutOptions) => null;

    /// <summary>The leaflet's pages for one page size; <paramref name="print"/> adds bleed and room for marks;
    /// <paramref name="neverHyphenate"/>: the glossary's terms, never split by hyphenation.</summary>
    ComposedLeaflet Compose(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null);
}
