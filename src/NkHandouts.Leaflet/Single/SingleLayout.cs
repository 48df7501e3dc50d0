using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Single;

/// <summary><c>layout: single</c>: pages in reading order, a brand band on the first.</summary>
public sealed class SingleLayout : ILeafletLayout
{
    public string Name => "single";

    public ComposedLeaflet Compose(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null) =>
        new(new LeafletComposer(article, template, fonts, diagnostics, neverHyphenate).Compose(size, print));
}
