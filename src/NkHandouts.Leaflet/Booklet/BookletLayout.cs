using NkHandouts.Content;
using NkHandouts.Diagnostics;
using NkHandouts.Leaflet.Parts;
using NkHandouts.Leaflet.Single;
using NkHandouts.Templates;

namespace NkHandouts.Leaflet.Booklet;

/// <summary><c>layout: booklet</c>: reading pages like <c>single</c> with footers on the outer edge of each spread,
/// plus imposed sheets (two pages a side, saddle-stitch order) to print duplex, fold and staple.</summary>
public sealed class BookletLayout : ILeafletLayout
{
    public string Name => "booklet";

    public bool Imposed => true;

    public ComposedLeaflet Compose(Article article, Template template, LeafletFonts fonts, DiagnosticBag diagnostics, PageSize size, bool print, IReadOnlyCollection<string>? neverHyphenate = null) =>
        new(new LeafletComposer(article, template, fonts, diagnostics, neverHyphenate) { OuterFooters = true }.Compose(size, print));
}
